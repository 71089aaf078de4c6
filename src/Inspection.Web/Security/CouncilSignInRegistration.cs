using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Inspection.Web.Security;

/// <summary>
/// Wires council sign-in: its settings, checked at start-up, and, when enabled, an OpenID Connect scheme (authorization
/// code flow with PKCE) whose result lands in Identity's short-lived external cookie for <c>/account/council</c> to turn
/// into a local session.
/// </summary>
public static class CouncilSignInRegistration
{
    public static AuthenticationBuilder AddCouncilSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(configuration);
        var services = authentication.Services;
        services.AddOptions<CouncilSignInOptions>().BindConfiguration(CouncilSignInOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CouncilSignInOptions>, CouncilSignInOptionsValidator>();

        // The handler answers every request at its callback path, so it exists only when the settings ask for it.
        if (!configuration.GetValue<bool>($"{CouncilSignInOptions.SectionName}:{nameof(CouncilSignInOptions.Enabled)}"))
        {
            return authentication;
        }

        authentication.AddOpenIdConnect(CouncilSignInOptions.Scheme, "Council account", _ => { });
        services.AddOptions<OpenIdConnectOptions>(CouncilSignInOptions.Scheme).Configure<IOptions<CouncilSignInOptions>>((o, council) =>
        {
            var settings = council.Value;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            o.CallbackPath = CouncilSignInOptions.CallbackPath;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.Scope.Clear();
            o.Scope.Add(OpenIdConnectScope.OpenId);
            o.Scope.Add(OpenIdConnectScope.OpenIdProfile);
            // Keep the token's own claim names (sub, oid, groups, roles): the account is linked by them.
            o.MapInboundClaims = false;
            o.TokenValidationParameters.NameClaimType = "name";
            o.GetClaimsFromUserInfoEndpoint = false;
            o.SaveTokens = false;
            o.DisableTelemetry = true;
            o.Events.OnRemoteFailure = context =>
            {
                // Cancelled at the provider, a stale or forged answer: back to the sign-in page, which says so.
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CouncilSignInRegistration).FullName!);
                WebLog.CouncilSignInFailed(logger, context.Failure?.Message ?? "unknown");
                context.Response.Redirect("/account/sign-in?council=failed");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return authentication;
    }
}
