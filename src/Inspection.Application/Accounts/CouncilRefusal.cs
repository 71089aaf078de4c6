namespace Inspection.Application.Accounts;

/// <summary>Why a council sign-in was turned away.</summary>
public enum CouncilRefusal
{
    /// <summary>The provider's answer lacked the person's id or name.</summary>
    Incomplete,

    /// <summary>None of the person's groups (or app roles) maps to a role here.</summary>
    NoMappedGroup,

    /// <summary>The provider sent no groups because the person is in too many; the app registration must send only assigned groups.</summary>
    TooManyGroups,

    /// <summary>An administrator has disabled the account.</summary>
    Disabled,

    /// <summary>Another account (local, or another person's) already has the user name.</summary>
    NameTaken,
}
