using Microsoft.Extensions.Options;

namespace Inspection.Web.Security;

/// <summary>Stops start-up on a council sign-in that could not work, naming the setting to fix.</summary>
public sealed class CouncilSignInOptionsValidator : IValidateOptions<CouncilSignInOptions>
{
    public ValidateOptionsResult Validate(string? name, CouncilSignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        const string Section = CouncilSignInOptions.SectionName;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            failures.Add($"{Section}:Authority is required when council sign-in is enabled (for Entra ID: https://login.microsoftonline.com/<tenant id>/v2.0)");
        }
        else if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority)
            || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Section}:Authority must be an absolute https address, not '{options.Authority}'");
        }
        else if (options.RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Section}:Authority must use https (RequireHttpsMetadata is on)");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{Section}:ClientId is required when council sign-in is enabled (the app registration's application id)");
        }

        if (options.GroupRoles.Count == 0)
        {
            failures.Add($"{Section}:GroupRoles maps no group to a role, so nobody could sign in with a council account");
        }

        foreach (var (group, role) in options.GroupRoles)
        {
            if (string.IsNullOrWhiteSpace(role))
            {
                failures.Add($"{Section}:GroupRoles:{group} names no role");
            }
        }

        if (string.IsNullOrWhiteSpace(options.DisplayName))
        {
            failures.Add($"{Section}:DisplayName must not be empty: it is the sign-in button's words");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
