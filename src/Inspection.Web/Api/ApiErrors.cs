namespace Inspection.Web.Api;

/// <summary>How the API's failures are told apart from the pages' and which status a malformed request gets.</summary>
public static class ApiErrors
{
    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A request the server could not read (bad JSON, a broken multipart body, a value of the wrong type) is the caller's 400, not our 500.</summary>
    public static int StatusCodeOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException or System.Text.Json.JsonException or FormatException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
