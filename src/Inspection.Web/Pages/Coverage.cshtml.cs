using Inspection.Readiness.Coverage;
using Inspection.Readiness.Frameworks;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>Theme by theme for one framework: how much evidence, of which kinds, how recent, and the gaps an inspector would see.</summary>
public sealed class CoverageModel(ICoverageService coverage, FrameworkList catalog, Inspection.Application.Exports.ReadinessExports exports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Framework { get; set; }

    public IReadOnlyList<FrameworkDefinition> Frameworks { get; private set; } = [];

    public FrameworkCoverage? Coverage { get; private set; }

    /// <summary>Themes with a gap of this kind (no evidence, stale, self-assessment only), for the summary above the table.</summary>
    public IReadOnlyList<ThemeCoverage> WithGap(string code) =>
        Coverage is null ? [] : [.. Coverage.Themes.Where(t => t.Gaps.Any(g => string.Equals(g.Code, code, StringComparison.Ordinal)))];

    /// <summary>Coverage of a framework, the findings or the plan as a CSV or XLSX file (what the caller may see; audited).</summary>
    public async Task<IActionResult> OnGetExportAsync(string? what, string? format)
    {
        var caller = await HttpContext.GetCallerAsync();
        var cancellationToken = HttpContext.RequestAborted;
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        Inspection.Application.Exports.ExportTable table;
        try
        {
            table = what switch
            {
                "coverage" when !string.IsNullOrWhiteSpace(Framework) => await exports.CoverageAsync(Framework.Trim(), caller, cancellationToken),
                "findings" => await exports.FindingsAsync(caller, cancellationToken),
                "plan" => await exports.PlanAsync(caller, cancellationToken),
                _ => throw new KeyNotFoundException(what),
            };
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }

        var name = what == "coverage" ? $"coverage-{new string([.. Framework!.Trim().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-')])}" : what;
        return xlsx
            ? File(Inspection.Application.Exports.TableFiles.Xlsx(table), Inspection.Application.Exports.TableFiles.XlsxType, $"{name}.xlsx")
            : File(Inspection.Application.Exports.TableFiles.Csv(table), Inspection.Application.Exports.TableFiles.CsvType, $"{name}.csv");
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Frameworks = await catalog.ListAsync(cancellationToken);
        var id = string.IsNullOrWhiteSpace(Framework) ? (Frameworks.Count > 0 ? Frameworks[0].Id : null) : Framework.Trim();
        if (id is null)
        {
            return Page();
        }

        try
        {
            Coverage = await coverage.GetAsync(id, (await HttpContext.GetCallerAsync()).AllowedClassifications, cancellationToken);
            Framework = id;
            return Page();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }
}
