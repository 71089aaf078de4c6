namespace Inspection.Web.Api;

/// <summary>
/// Refuses a change sent by a browser from another site (a forged request riding on someone's sign-in cookie): browsers
/// name the page's origin on every cross-site write, so a mismatch with this host, or a fetch marked cross-site, is turned
/// away. Requests with no Origin (scripts, the CLI's peers) pass: they carry no one else's cookie.
/// </summary>
public sealed class SameOriginFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        var crossSite = string.Equals(site, "cross-site", StringComparison.OrdinalIgnoreCase)
            || (origin.Length > 0 && (!Uri.TryCreate(origin, UriKind.Absolute, out var from)
                || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)));
        if (crossSite)
        {
            return Results.Problem(detail: "Changes must come from this site's own pages or from a client that is not a browser.", statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused");
        }

        return await next(context);
    }
}
