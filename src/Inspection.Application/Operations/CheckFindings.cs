using System.Globalization;

namespace Inspection.Application.Operations;

/// <summary>Collects a section's figures and issues, listing at most a few of each kind and counting the rest.</summary>
internal sealed class CheckFindings(IntegrityCheckOptions options)
{
    private readonly SortedDictionary<string, long> _figures = new(StringComparer.Ordinal);
    private readonly List<CheckIssue> _issues = [];
    private readonly Dictionary<string, (string Severity, int Count)> _byCode = new(StringComparer.Ordinal);

    public bool HasProblems => _byCode.Values.Any(c => string.Equals(c.Severity, CheckIssue.Problem, StringComparison.Ordinal));

    public void Figure(string name, long value) => _figures[name] = value;

    public void Problem(string code, string message) => Add(CheckIssue.Problem, code, message);

    public void Notice(string code, string message) => Add(CheckIssue.Notice, code, message);

    public CheckSection ToSection(string name, string title)
    {
        var issues = new List<CheckIssue>(_issues);
        foreach (var (code, (severity, count)) in _byCode.Where(c => c.Value.Count > options.MaxListed).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            issues.Add(new CheckIssue(severity, code, string.Create(CultureInfo.InvariantCulture, $"... and {count - options.MaxListed} more of the same kind ({code})")));
        }

        return new CheckSection(name, title, _figures, issues);
    }

    private void Add(string severity, string code, string message)
    {
        var count = _byCode.TryGetValue(code, out var seen) ? seen.Count + 1 : 1;
        _byCode[code] = (severity, count);
        if (count <= options.MaxListed)
        {
            _issues.Add(new CheckIssue(severity, code, message));
        }
    }
}
