using Inspection.Readiness.Setup;
using Inspection.Web.Api;
using Inspection.Web.Hosting;
using Inspection.Web.Security;

var builder = WebApplication.CreateBuilder(args);

// Defaults first (lowest precedence), then the usual sources, then INSPECTION_-prefixed variables as the CLI reads them.
var dataDirectory = DataDirectory.Resolve(builder.Configuration["data"]);
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
    },
});
builder.Configuration.AddEnvironmentVariables("INSPECTION_");
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1L << 30);
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = 1L << 30);
builder.Services.AddInspectionWeb(dataDirectory);

var app = builder.Build();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
app.UseSecurityHeaders();
app.UseInspectionStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseFirstRunRedirect();
app.UseAuthorization();
app.MapRazorPages();
app.MapInspectionApi();
await app.RunAsync();

/// <summary>The web application's entry point; public so tests can host it.</summary>
public partial class Program;
