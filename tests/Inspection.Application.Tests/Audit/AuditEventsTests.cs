using System.Reflection;
using Inspection.Application.Audit;

namespace Inspection.Application.Tests.Audit;

/// <summary>Every event the application and readiness layers write to the audit log is shown in words, not as its code.</summary>
public sealed class AuditEventsTests
{
    [Fact]
    public void EveryAuditCodeTheApplicationWritesHasWords()
    {
        // The codes are kept as constants named ...Audit or ...Event beside the code that writes them.
        var codes = new[] { typeof(AuditEvents).Assembly, typeof(Readiness.Access.AccessPolicy).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t != typeof(Readiness.Briefing.BriefingGapCodes))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && (f.Name.EndsWith("Audit", StringComparison.Ordinal) || f.Name.EndsWith("Event", StringComparison.Ordinal)))
            .Select(f => (Name: $"{f.DeclaringType!.Name}.{f.Name}", Code: (string)f.GetRawConstantValue()!))
            .ToList();
        Assert.Contains(codes, c => c.Code == "search-hit");

        // Before: "search-hit", "create", "save", "store-exported" and "settings.authority" were shown as they are stored.
        var missing = codes.Where(c => AuditEvents.Describe(c.Code) == c.Code).Select(c => $"{c.Name} ({c.Code})").ToList();
        Assert.True(missing.Count == 0, "no words for " + string.Join(", ", missing));
        Assert.All(codes, c => Assert.Contains(AuditEvents.All, e => e.Key == c.Code));
    }
}
