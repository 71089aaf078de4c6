namespace Inspection.Search.Indexing;

/// <summary>Field names of the passages index; ids and facets are keywords, prose is analysed.</summary>
public static class PassageFields
{
    public const string PassageId = "passageId";
    public const string DocumentId = "documentId";
    public const string VersionId = "versionId";
    public const string Title = "title";
    public const string Kind = "kind";
    public const string Classification = "classification";
    public const string Organisation = "organisation";
    public const string OrganisationText = "organisationText";
    public const string Themes = "themes";
    public const string ThemeKeys = "themeKeys";
    public const string Date = "date";
    public const string DateNumber = "dateNumber";
    public const string SourceFile = "sourceFile";
    public const string HeadingPath = "headingPath";
    public const string PageFrom = "pageFrom";
    public const string PageTo = "pageTo";
    public const string Text = "text";
    public const string IsFinding = "isFinding";

    public const string True = "true";
}
