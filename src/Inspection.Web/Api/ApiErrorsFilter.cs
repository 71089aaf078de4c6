using Inspection.Readiness;
using Inspection.Readiness.Access;

namespace Inspection.Web.Api;

/// <summary>Turns the application layer's refusals into problem details: a role that may not (403), something not there (404), bad input or an unreadable body (400).</summary>
public sealed class ApiErrorsFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (AccessDeniedException e)
        {
            return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
        }
        catch (Search.Indexing.IndexRebuildingException e)
        {
            return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The index is being rebuilt");
        }
        catch (ReadinessException e)
        {
            return Results.Problem(detail: e.Message, statusCode: e.IsNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, title: e.IsNotFound ? "Not found" : "Bad request");
        }
        catch (Exception e) when (ApiErrors.StatusCodeOf(e) is StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge)
        {
            // A body the server could not read (a broken multipart form, malformed JSON): the caller's mistake, said plainly.
            var status = ApiErrors.StatusCodeOf(e);
            return Results.Problem(detail: "The request could not be read: check its body and parameters.", statusCode: status, title: status == StatusCodes.Status400BadRequest ? "Bad request" : "Too large");
        }
    }
}
