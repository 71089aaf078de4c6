using System.Security.Claims;
using Inspection.Content.Users;
using Inspection.Readiness.Access;
using Inspection.Web.Security;

namespace Inspection.Web.Hosting;

/// <summary>Middleware of our own: security headers, the first-run redirect and the caller's access.</summary>
public static class WebPipeline
{
    private const string CallerKey = "inspection:caller";

    /// <summary>No inline script or style, no framing, no sniffing: pages may show text taken from hostile documents.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The council-account button's post is answered by a redirect to the identity provider, which form-action also governs.
        var council = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<CouncilSignInOptions>>().Value;
        var formAction = council.Enabled && Uri.TryCreate(council.Authority, UriKind.Absolute, out var authority)
            ? "'self' " + authority.GetLeftPart(UriPartial.Authority)
            : "'self'";
        var policy = $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action {formAction}";
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["Content-Security-Policy"] = policy;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers["X-Frame-Options"] = "DENY";
            await next(context);
        });
    }

    /// <summary>
    /// Static files, with the types pdf.js's files need: its modules (.mjs), and the character maps (.bcmap) and standard
    /// fonts (.pfb) it reads to draw PDFs that do not embed them.
    /// </summary>
    public static IApplicationBuilder UseInspectionStaticFiles(this IApplicationBuilder app)
    {
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".mjs"] = "text/javascript";
        types.Mappings[".bcmap"] = "application/octet-stream";
        types.Mappings[".pfb"] = "application/octet-stream";
        types.Mappings[".wasm"] = "application/wasm";
        return app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = types });
    }

    /// <summary>
    /// Until the first administrator exists, every page leads to the page that creates them; not when only council
    /// accounts may sign in (nobody could use a local administrator), where the first council sign-in makes the first account.
    /// </summary>
    public static IApplicationBuilder UseFirstRunRedirect(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var hasUsers = !app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<CouncilSignInOptions>>().Value.LocalSignInAllowed;
        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (!Volatile.Read(ref hasUsers) && !path.StartsWithSegments("/account/setup", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/js", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
            {
                var count = await context.RequestServices.GetRequiredService<IUserAccountStore>().CountAsync(context.RequestAborted);
                if (count == 0)
                {
                    context.Response.Redirect("/account/setup");
                    return;
                }

                Volatile.Write(ref hasUsers, true);
            }

            await next(context);
        });
    }

    /// <summary>The signed-in caller's role, permissions and visible classifications, resolved once per request.</summary>
    public static async Task<Caller> GetCallerAsync(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(CallerKey, out var cached) && cached is Caller known)
        {
            return known;
        }

        var user = context.User;
        Caller caller;
        if (user.Identity?.IsAuthenticated != true)
        {
            caller = Caller.Anonymous;
        }
        else
        {
            var role = user.FindFirstValue(ClaimTypes.Role);
            var permissions = await context.RequestServices.GetRequiredService<RolePermissions>().ForRoleAsync(role, context.RequestAborted);
            var name = user.Identity.Name ?? "";
            caller = Caller.ForRole(name, user.FindFirstValue(WebClaims.DisplayName), role, permissions);
        }

        context.Items[CallerKey] = caller;
        return caller;
    }
}
