namespace Inspection.Web.Api;

/// <summary>Problem details the API answers with.</summary>
public static class ApiProblems
{
    public static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
