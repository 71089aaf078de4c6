using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Inspection.Web.Hosting;

/// <summary>
/// Marks a form refused for its anti-forgery token (the page was opened before the person signed in again, in another tab
/// or after their session ran out), so that the error page can say that the form expired and nothing was saved, rather
/// than ask them to check what they typed.
/// </summary>
public sealed class ExpiredFormFilter : IAlwaysRunResultFilter
{
    private static readonly object Key = new();

    /// <summary>Whether this request's form was refused as expired.</summary>
    public static bool IsExpired(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.ContainsKey(Key);
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            // The error page is re-executed within this same request, so it reads the mark.
            context.HttpContext.Items[Key] = true;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
