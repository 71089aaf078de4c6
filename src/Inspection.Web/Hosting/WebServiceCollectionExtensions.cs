using Inspection.Application;
using Inspection.Content;
using Inspection.Content.Recipes;
using Inspection.Content.Users;
using Inspection.Ingestion;
using Inspection.Readiness;
using Inspection.Search;
using Inspection.Web.Jobs;
using Inspection.Readiness.Access;
using Inspection.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Inspection.Web.Hosting;

/// <summary>Composes the web host: the same library services as the CLI, plus sign-in, permissions, pages, the API and the workers.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddInspectionWeb(this IServiceCollection services, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddInspectionContent(store => store.DataDirectory = dataDirectory);
        services.AddInspectionRecipes();
        services.AddInspectionIngestion();
        services.AddInspectionSearch();
        // The web app keeps answering while an unreadable index is refilled: its pages say so meanwhile.
        services.Configure<SearchOptions>(o => o.RebuildInBackground = true);
        services.AddInspectionReadiness();
        services.AddInspectionApplication();

        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RolePermissions>();
        services.AddSingleton<IngestionSignal>();
        services.AddSingleton<UploadInbox>();
        services.AddScoped<Evidence.EvidenceReader>();
        services.AddSingleton<Evidence.FrameworkList>();
        services.AddSingleton<Evidence.KindLabels>();
        services.AddHostedService<StartupSetup>();
        services.AddHostedService<IngestionWorker>();
        services.AddHostedService<RetentionWorker>();
        services.AddHostedService<KindTrainer>();

        services.AddIdentityCore<UserAccount>(o =>
            {
                // Long passphrases rather than composition rules (NCSC guidance); lockout slows guessing.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddSignInManager()
            .AddClaimsPrincipalFactory<WebClaimsPrincipalFactory>();
        services.AddScoped<IUserStore<UserAccount>, WebUserStore>();
        services.AddScoped<IUserConfirmation<UserAccount>, EnabledAccountConfirmation>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "inspection.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => ApiAware(context.HttpContext, StatusCodes.Status401Unauthorized, context.RedirectUri);
            o.Events.OnRedirectToAccessDenied = async context =>
            {
                await AuditDenialAsync(context.HttpContext);
                await ApiAware(context.HttpContext, StatusCodes.Status403Forbidden, context.RedirectUri);
            };
        });

        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization(o =>
        {
            foreach (var permission in Permissions.All)
            {
                o.AddPolicy(permission, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
            }

            // Every page and endpoint needs a signed-in user who may view evidence, unless it says otherwise.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(Permissions.ViewEvidence)).Build();
        });

        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AuthorizePage("/Upload", Permissions.UploadEvidence);
            o.Conventions.AuthorizeFolder("/Jobs", Permissions.UploadEvidence);
            o.Conventions.AuthorizePage("/Admin/Users", Permissions.ManageUsers);
            o.Conventions.AuthorizePage("/Admin/Audit", Permissions.ViewAuditLog);
            o.Conventions.AuthorizePage("/Admin/Health", Permissions.ManageUsers);
            o.Conventions.AuthorizePage("/Packs", Permissions.ExportPacks);
        });
        // Sign-in cookies outlive a restart: the keys that protect them live in the data folder.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys"))).SetApplicationName("Inspection");
        services.AddHttpContextAccessor();
        // Page models bind optional query fields into non-nullable form objects: no implicit "required" for them.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        services.AddProblemDetails();
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        return services;
    }

    // A signed-in person turned away for want of a permission is on the record, once, whichever gate stopped them.
    private static async Task AuditDenialAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<AccessPolicy>();
        if (!access.DenialAudited)
        {
            var what = $"{context.Request.Method} {context.Request.Path}";
            await access.DeniedAsync(await context.GetCallerAsync(), what.Length <= 300 ? what : what[..300], context.RequestAborted);
        }
    }

    // API callers get a status code, not a sign-in page.
    private static Task ApiAware(HttpContext context, int status, string redirectUri)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
