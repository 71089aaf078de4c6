using Inspection.Readiness.Setup;
using Inspection.Web.Api;
using Inspection.Web.Hosting;
using Inspection.Web.Security;

var builder = WebApplication.CreateBuilder(args);

// Defaults first (lowest precedence), then the usual sources, then INSPECTION_-prefixed variables as the CLI reads them.
var dataDirectory = DataDirectory.Resolve(builder.Configuration["data"]);

// A data folder that cannot be written would fail the start somewhere deep (the cookie keys, SQLite, the index) with a
// stack trace: say which folder and why, and stop.
if (DataDirectory.NotWritableMessage(dataDirectory) is { } notWritable)
{
    await Console.Error.WriteLineAsync($"Inspection cannot start: {notWritable}.");
    return 1;
}
builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
{
    InitialData = new Dictionary<string, string?>
    {
        ["Store:DataDirectory"] = dataDirectory,
        ["Search:IndexDirectory"] = Path.Combine(dataDirectory, "index"),
        ["Search:GlossaryPath"] = Path.Combine(BundledFiles.RecipesDirectory, "glossary.recipe.json"),
        // Loopback only unless configured: the first person to reach a new installation creates its administrator.
        ["urls"] = "http://127.0.0.1:5080",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        // A console command may hold the index when the app starts (reindex, ingest): wait for it rather than fail.
        ["Search:IndexLockWaitSeconds"] = "600",
    },
});
builder.Configuration.AddEnvironmentVariables("INSPECTION_");
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1L << 30);
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = 1L << 30);
Inspection.Content.Store.OwnerOnly.CreateDirectory(dataDirectory);
builder.Services.AddInspectionWeb(dataDirectory, builder.Configuration);

var app = builder.Build();
var web = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value;
if (web.ForwardedHeaders)
{
    app.UseForwardedHeaders();
}

// The API answers failures as problem details (JSON), pages as the error page; neither shows a stack trace.
app.UseWhen(ApiErrors.IsApi, api =>
{
    api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ApiErrors.StatusCodeOf });
    api.UseStatusCodePages();
});
app.UseWhen(context => !ApiErrors.IsApi(context), pages =>
{
    pages.UseExceptionHandler("/error");
    pages.UseStatusCodePagesWithReExecute("/error", "?status={0}");
});
if (web.Hsts)
{
    app.UseHsts();
}

if (web.HttpsRedirect)
{
    // A load balancer asks for /health over plain HTTP.
    app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), branch => branch.UseHttpsRedirection());
}

app.UseSecurityHeaders();
app.UseInspectionStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseFirstRunRedirect();
app.UseAuthorization();
app.MapRazorPages();
app.MapInspectionApi();
// For load balancers: anonymous, "Healthy" or "Unhealthy" and nothing else.
app.MapHealthChecks("/health").AllowAnonymous().DisableRateLimiting();
await app.RunAsync();
return 0;

/// <summary>The web application's entry point; public so tests can host it.</summary>
public partial class Program;
