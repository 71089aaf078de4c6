using Inspection.Readiness.Frameworks;

namespace Inspection.Readiness.Briefing;

/// <summary>
/// The framework areas of the domain notes, used only when no <see cref="IFrameworkCatalog"/> is registered, so a briefing
/// can still be built; the catalog (loaded from recipes and editable) always wins when present.
/// </summary>
internal static class FallbackThemes
{
    private static readonly ThemeDefinition[] Themes =
    [
        Theme("send-2016", null, "Area SEND (2016-2022 framework)", "special educational needs", "SEND", "EHC plan", "written statement of action", "significant weakness"),
        Theme("send-2016/identification", "send-2016", "How effectively the local area identifies children and young people who have SEND", "identification", "identify", "early years", "neurodevelopmental"),
        Theme("send-2016/assessment-and-meeting-needs", "send-2016", "How effectively the local area assesses and meets the needs of children and young people who have SEND", "EHC plan", "education, health and care plan", "needs assessment", "20 weeks", "co-production", "joint commissioning"),
        Theme("send-2016/improving-outcomes", "send-2016", "How effectively the local area improves the outcomes of children and young people who have SEND", "outcomes", "preparing for adulthood", "exclusions", "attendance"),
        Theme("send-2023", null, "Area SEND (from 2023)", "special educational needs", "SEND", "local area partnership", "priority action", "alternative provision"),
        Theme("ilacs", null, "ILACS: local authority children's services", "social work practice", "children's services", "focused visit", "monitoring visit"),
        Theme("ilacs/leaders", "ilacs", "The impact of leaders on social work practice with children and families", "leaders", "quality assurance", "audit", "caseloads", "workforce", "self-evaluation", "performance data"),
        Theme("ilacs/help-and-protection", "ilacs", "The experiences and progress of children who need help and protection", "front door", "MASH", "early help", "child protection", "exploitation", "extra-familial harm", "return home interviews", "missing"),
        Theme("ilacs/children-in-care", "ilacs", "The experiences and progress of children in care", "children in care", "permanence", "placement", "virtual school", "personal education plan", "independent reviewing officer"),
        Theme("ilacs/care-leavers", "ilacs", "The experiences and progress of care leavers", "care leavers", "pathway plan", "personal adviser", "staying put", "transition"),
    ];

    public static ThemeDefinition? Find(string themeId) =>
        Themes.FirstOrDefault(t => string.Equals(t.Id, themeId, StringComparison.Ordinal));

    private static ThemeDefinition Theme(string id, string? parentId, string title, params string[] phrases) =>
        new(id, id.Split('/')[0], parentId, title, null, [.. phrases.Select(p => new KeyPhrase(p))], null);
}
