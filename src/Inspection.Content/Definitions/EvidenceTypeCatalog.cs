using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Definitions;

/// <summary>
/// Evidence types read from the stored content definitions: a type is evidence when it has the <c>EvidencePart</c> and is
/// listable (an improvement plan's Action has the part but is not a document). Its readiness settings come from an
/// <c>EvidenceTypeSettings</c> object beside Orchard's <c>ContentTypeSettings</c>; Orchard keeps such settings and ignores
/// them, so recipes still round-trip. Read again at most every 30 seconds, or at once after this process saves a type.
/// </summary>
public sealed class EvidenceTypeCatalog(IServiceScopeFactory scopes, TimeProvider time) : IEvidenceTypeCatalog, IDisposable
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<EvidenceType>? _types;
    private DateTimeOffset _readAt;

    public async Task<IReadOnlyList<EvidenceType>> ListAsync(CancellationToken cancellationToken)
    {
        var types = Volatile.Read(ref _types);
        if (types is not null && time.GetUtcNow() - _readAt < Fresh)
        {
            return types;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_types is null || time.GetUtcNow() - _readAt >= Fresh)
            {
                await using var scope = scopes.CreateAsyncScope();
                var definitions = await scope.ServiceProvider.GetRequiredService<IContentDefinitionStore>().ListTypesAsync(cancellationToken).ConfigureAwait(false);
                _readAt = time.GetUtcNow();
                Volatile.Write(ref _types, Read(definitions));
            }

            return _types!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<EvidenceType?> ResolveAsync(string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var wanted = Compact(typed);
        if (wanted.Length == 0)
        {
            return null;
        }

        return Resolve(await ListAsync(cancellationToken).ConfigureAwait(false), typed);
    }

    /// <summary>
    /// The type among these for what a person typed, as <see cref="ResolveAsync"/> finds it, for callers that hold a list
    /// already (a search resolving every <c>type:</c> of a query against one reading of the definitions).
    /// </summary>
    public static EvidenceType? Resolve(IReadOnlyList<EvidenceType> types, string typed)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(typed);
        var wanted = Compact(typed);
        if (wanted.Length == 0)
        {
            return null;
        }

        return types.FirstOrDefault(t => Compact(t.Name) == wanted)
            ?? types.FirstOrDefault(t => Compact(t.DisplayName) == wanted || Compact(t.PluralName) == wanted || t.Aliases.Any(a => Compact(a) == wanted));
    }

    public void Invalidate() => Volatile.Write(ref _types, null);

    public void Dispose() => _gate.Dispose();

    /// <summary>The evidence types among these definitions (public so that tests and tools read definitions as the app does).</summary>
    public static IReadOnlyList<EvidenceType> Read(IEnumerable<ContentTypeDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var types = new List<EvidenceType>();
        foreach (var definition in definitions)
        {
            var parts = definition.Json["ContentTypePartDefinitionRecords"] as JsonArray ?? [];
            var isEvidence = parts.OfType<JsonObject>().Any(p => string.Equals(p["PartName"]?.GetValue<string>(), "EvidencePart", StringComparison.Ordinal));
            var settings = definition.Json["Settings"]?["ContentTypeSettings"] as JsonObject;
            if (!isEvidence || Flag(settings, "Listable", true) is false)
            {
                continue;
            }

            var evidence = definition.Json["Settings"]?["EvidenceTypeSettings"] as JsonObject;
            var display = string.IsNullOrWhiteSpace(definition.DisplayName) ? definition.Name : definition.DisplayName;
            types.Add(new EvidenceType(
                definition.Name,
                display,
                Text(evidence, "PluralName") ?? display,
                Text(settings, "Description") ?? "",
                [.. (evidence?["Aliases"] as JsonArray ?? []).Select(a => a?.GetValue<string>()).OfType<string>()],
                Flag(settings, "Creatable", false),
                Flag(settings, "Draftable", false),
                Flag(evidence, "Independent", false),
                Flag(evidence, "OwnAccount", false),
                evidence?["PackOrder"] is JsonValue order && order.TryGetValue<int>(out var position) ? position : int.MaxValue,
                Text(evidence, "BriefingSection")));
        }

        return [.. types.OrderBy(t => t.PackOrder).ThenBy(t => t.Name, StringComparer.Ordinal)];
    }

    private static bool Flag(JsonObject? settings, string name, bool fallback) => settings?[name] switch
    {
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag,
        JsonValue v when v.TryGetValue<string>(out var text) && bool.TryParse(text, out var parsed) => parsed,
        _ => fallback,
    };

    private static string? Text(JsonObject? settings, string name) =>
        settings?[name] is JsonValue v && v.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static string Compact(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(c => char.ToLower(c, CultureInfo.InvariantCulture)).ToArray());
}
