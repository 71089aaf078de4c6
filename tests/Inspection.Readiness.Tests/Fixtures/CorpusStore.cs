namespace Inspection.Readiness.Tests.Fixtures;

/// <summary>
/// The three real committee papers ingested once, plus a case audit on children missing from care marked Personal,
/// shared by the tests that only read. Today is 1 November 2022: the 2020-2022 papers are recent, 2017 findings are not.
/// </summary>
public sealed class CorpusStore : IAsyncLifetime
{
    public const string PersonalAuditMarker = "Zanzibar";

    public static readonly DateTimeOffset Today = new(2022, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly string[] CorpusFiles =
    [
        "medway-cabinet-send-revisit-2020.pdf",
        "medway-lead-member-childrens-services-2022.pdf",
        "thurrock-childrens-overview-scrutiny-2021-10.pdf",
    ];

    public ReadinessStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await ReadinessStore.CreateAsync(Today);
        var outcomes = await Store.IngestAsync([.. CorpusFiles.Select(RepoPaths.CorpusFile)]);
        Assert.All(outcomes, o => Assert.Equal("created", o.Status));
        var audit = Store.WriteFile("missing-children-case-audit.md", $"""
            # Case audit: children missing from care

            Date: 14 March 2022

            Audit of twelve children who went missing from care, {PersonalAuditMarker} team. Return home interviews were offered
            to nine of the twelve children within 72 hours; the three that were late were all placed out of area.
            Missing episodes fell after risk management meetings were held, and return home interviews informed safety plans.
            """);
        var personal = await Store.IngestAsync([audit], "Personal");
        Assert.Equal("created", Assert.Single(personal).Status);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();
}
