namespace Inspection.Application.Operations;

/// <summary>One thing an integrity check found: a problem (the check fails) or a notice (worth knowing, not wrong).</summary>
public sealed record CheckIssue(string Severity, string Code, string Message)
{
    public const string Problem = "problem";
    public const string Notice = "notice";

    public bool IsProblem => string.Equals(Severity, Problem, StringComparison.Ordinal);

    public static CheckIssue ProblemOf(string code, string message) => new(Problem, code, message);

    public static CheckIssue NoticeOf(string code, string message) => new(Notice, code, message);
}
