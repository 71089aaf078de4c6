using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inspection.Content.Recipes;

/// <summary>
/// Evaluates the recipe expressions we support, each as a whole string value: <c>[js:uuid()]</c>,
/// <c>[js: variables('name')]</c> and <c>[js: parameters('name')]</c>.
/// </summary>
/// <remarks>
/// Differs from Orchard: there is no JavaScript engine here, so any other <c>[js: ...]</c> or <c>[file: ...]</c> is an error
/// rather than a script; a recipe that needs more must be edited before import.
/// </remarks>
public sealed partial class RecipeExpressions
{
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _parameters;

    private RecipeExpressions(IReadOnlyDictionary<string, string> parameters) => _parameters = parameters;

    /// <summary>Evaluates the recipe's <c>variables</c> once, in order; a variable may use parameters and earlier variables.</summary>
    public static RecipeExpressions Create(RecipeDescriptor recipe, IReadOnlyDictionary<string, string>? parameters)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var expressions = new RecipeExpressions(parameters ?? new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var (name, value) in recipe.Variables)
        {
            expressions._variables[name] = expressions.Evaluate(value, $"{recipe.Source}: variable '{name}'");
        }

        return expressions;
    }

    /// <summary>The value a variable evaluated to, or null when the recipe has no such variable.</summary>
    public JsonNode? GetVariable(string name) =>
        _variables.TryGetValue(name, out var value) ? value?.DeepClone() : null;

    /// <summary>A deep copy of <paramref name="node"/> with every expression replaced; <paramref name="where"/> names the step in errors.</summary>
    public JsonNode? Evaluate(JsonNode? node, string where)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject(obj.Options);
                foreach (var (name, value) in obj)
                {
                    copy[name] = Evaluate(value, where);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray(array.Options);
                foreach (var value in array)
                {
                    items.Add(Evaluate(value, where));
                }

                return items;
            case JsonValue value when value.TryGetValue<string>(out var text) && ExpressionPattern().Match(text) is { Success: true } match:
                return Resolve(text, match, where);
            default:
                return node?.DeepClone();
        }
    }

    private JsonNode? Resolve(string expression, Match match, string where)
    {
        var body = match.Groups["body"].Value.Trim().TrimEnd(';').TrimEnd();
        if (string.Equals(match.Groups["kind"].Value, "js", StringComparison.OrdinalIgnoreCase))
        {
            if (UuidPattern().IsMatch(body))
            {
                return JsonValue.Create(RecipeIds.NewId());
            }

            if (CallPattern().Match(body) is { Success: true } call)
            {
                var name = call.Groups["name"].Value;
                if (string.Equals(call.Groups["function"].Value, "variables", StringComparison.Ordinal))
                {
                    return _variables.TryGetValue(name, out var variable)
                        ? variable?.DeepClone()
                        : throw new RecipeException($"{where}: expression '{expression}' uses the variable '{name}', which the recipe does not define");
                }

                return _parameters.TryGetValue(name, out var parameter)
                    ? JsonValue.Create(parameter)
                    : throw new RecipeException($"{where}: expression '{expression}' needs the parameter '{name}', which was not given");
            }
        }

        throw new RecipeException(
            $"{where}: unsupported expression '{expression}' (only [js:uuid()], [js: variables('name')] and [js: parameters('name')] are supported)");
    }

    [GeneratedRegex(@"^\[(?<kind>js|file)\s*:(?<body>.*)\]$", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^uuid\s*\(\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"^(?<function>variables|parameters)\s*\(\s*(?<quote>['""])(?<name>[^'""]+)\k<quote>\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex CallPattern();
}
