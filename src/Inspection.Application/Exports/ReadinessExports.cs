using Inspection.Application.Findings;
using Inspection.Application.Plans;
using Inspection.Content.Audit;
using Inspection.Readiness.Access;
using Inspection.Readiness.Briefing;
using Inspection.Readiness.Coverage;

namespace Inspection.Application.Exports;

/// <summary>
/// Coverage, findings and the plan as tables to export, and a visit briefing to take away, each trimmed to what the caller
/// may see exactly as the pages are, and each export audited.
/// </summary>
public sealed class ReadinessExports(ICoverageService coverage, FindingService findings, PlanService plan, IVisitBriefingService briefings, IAuditLog audit, TimeProvider time)
{
    public const string ExportAudit = "export";

    /// <summary>
    /// A briefing that leaves the app (the printable page, the Word copy, a file the CLI writes), built for the caller and
    /// audited as an export naming the theme and <paramref name="format"/> ("Word", "printable page", "text file").
    /// </summary>
    public async Task<VisitBriefing> BriefingAsync(string themeId, string? organisation, string format, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var briefing = await briefings.BuildAsync(themeId, organisation, caller.AllowedClassifications, cancellationToken).ConfigureAwait(false);
        var of = organisation is null ? "" : $" of {organisation}";
        await audit.WriteAsync(caller.UserName, ExportAudit, null, $"briefing {briefing.ThemeId}{of} ({format})", cancellationToken).ConfigureAwait(false);
        return briefing;
    }

    public async Task<ExportTable> CoverageAsync(string frameworkId, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var framework = await coverage.GetAsync(frameworkId, caller.AllowedClassifications, cancellationToken).ConfigureAwait(false);
        var rows = framework.Themes.Select(t => (IReadOnlyList<string>)
        [
            t.Title,
            t.ParentId is null ? "Judgement area" : "Theme",
            N(t.Passages),
            N(t.Documents),
            Iso(t.LatestEvidence),
            string.Join("; ", t.Gaps.Select(g => BriefingLabels.Gap(g.Code))),
            string.Join(" ", t.Gaps.Select(g => g.Reason)),
        ]).ToList();
        await AuditAsync(caller, $"coverage {framework.Framework}", cancellationToken).ConfigureAwait(false);
        return new ExportTable("Coverage", ["Theme", "Level", "Passages", "Documents", "Latest evidence", "Gaps", "Why"], rows);
    }

    public async Task<ExportTable> FindingsAsync(Caller caller, CancellationToken cancellationToken)
    {
        var list = await findings.ListAsync(null, caller, cancellationToken).ConfigureAwait(false);
        var rows = list.Select(t => (IReadOnlyList<string>)
        [
            BriefingLabels.VisitKind(t.Finding.VisitKind),
            Iso(t.Finding.VisitDate),
            BriefingLabels.FindingKind(t.Finding.Kind),
            t.Finding.Text,
            BriefingLabels.Verdict(t.Finding.Verdict),
            BriefingLabels.Status(t.Status),
            string.Join("; ", t.Actions.Select(a => a.Title)),
            N(t.Evidence.Count),
            t.DocumentTitle ?? t.SourceFile ?? "",
            N(t.Finding.Page),
        ]).ToList();
        await AuditAsync(caller, "findings", cancellationToken).ConfigureAwait(false);
        return new ExportTable("Findings", ["Visit", "Visit date", "Kind", "Finding", "Verdict", "Status", "Actions", "Linked evidence", "Letter", "Page"], rows);
    }

    public async Task<ExportTable> PlanAsync(Caller caller, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var actions = await plan.ListAsync(caller, cancellationToken).ConfigureAwait(false);
        var rows = actions.Select(p => (IReadOnlyList<string>)
        [
            p.Action.Title,
            p.Action.Owner ?? "",
            Iso(p.Action.DueDate),
            p.Action.Rag ?? "",
            p.Action.IsOverdue(today) ? "Overdue" : "",
            string.Join("; ", p.Action.RagHistory.Select(r => $"{r.Rag} from {Iso(DateOnly.FromDateTime(r.ChangedUtc))}{(r.Comment is null ? "" : $": {r.Comment}")}")),
            string.Join("; ", p.Findings.Select(f => f.Text)),
        ]).ToList();
        await AuditAsync(caller, "plan", cancellationToken).ConfigureAwait(false);
        return new ExportTable("Plan", ["Action", "Owner", "Due", "RAG", "Overdue", "RAG history", "Findings it answers"], rows);
    }

    private async Task AuditAsync(Caller caller, string what, CancellationToken cancellationToken) =>
        await audit.WriteAsync(caller.UserName, ExportAudit, null, $"{what} as a table", cancellationToken).ConfigureAwait(false);

    // Dates in the file are ISO (yyyy-MM-dd) so that a spreadsheet sorts them; the pages show UK dates.
    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
