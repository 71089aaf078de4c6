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
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using System.Security.Cryptography.X509Certificates;
using Inspection.Content.Store;
using System.Threading.RateLimiting;

namespace Inspection.Web.Hosting;

/// <summary>Composes the web host: the same library services as the CLI, plus sign-in, permissions, pages, the API and the workers.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddInspectionWeb(this IServiceCollection services, string dataDirectory, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
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
        services.AddSingleton<AuthorityName>();
        services.AddSingleton<Evidence.KindLabels>();
        services.AddHostedService<StartupSetup>();
        services.AddHostedService<IngestionWorker>();
        services.AddHostedService<RetentionWorker>();
        services.AddHostedService<KindTrainer>();

        services.AddSingleton<PasswordVerifier>();
        services.AddSingleton<KnownDevices>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<Inspection.Application.Accounts.ISignInHolds>(sp => sp.GetRequiredService<SignInThrottle>());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only posts count: reading the form is free. The 429 is rendered by the error page (status code pages).
            o.AddPolicy(SignInThrottle.PolicyName, context =>
                !HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                    {
                        var perMinute = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value.SignInAttemptsPerAddressPerMinute;
                        return new TokenBucketRateLimiterOptions
                        {
                            TokenLimit = perMinute,
                            TokensPerPeriod = perMinute,
                            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                            AutoReplenishment = true,
                        };
                    }));
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });

        services.AddIdentityCore<UserAccount>(o =>
            {
                // Long passphrases rather than composition rules (NCSC guidance). Guessing is slowed by SignInThrottle, not
                // by Identity's lockout, which would let anyone lock an account (the administrator's too) by failing on purpose.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddSignInManager()
            .AddClaimsPrincipalFactory<WebClaimsPrincipalFactory>();
        services.AddScoped<IUserStore<UserAccount>, WebUserStore>();
        services.AddScoped<IUserConfirmation<UserAccount>, EnabledAccountConfirmation>();
        services.AddSingleton<SessionValidator>();

        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        authentication.AddCouncilSignIn(configuration);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "inspection.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            // Every request, not Identity's every-few-minutes stamp check: sign-out, disabling and a role change act at once.
            o.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<SessionValidator>().ValidateAsync(context);
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
            o.Conventions.AuthorizePage("/Admin/Settings", Permissions.ManageSettings);
            o.Conventions.AuthorizePage("/Admin/Health", Permissions.ManageUsers);
            o.Conventions.AuthorizePage("/Packs", Permissions.ExportPacks);
        });
        // Sign-in cookies outlive a restart: the keys that protect them live in the data folder, owner-only, and are
        // encrypted at rest by a certificate's key when one is configured.
        var keys = Path.Combine(dataDirectory, "keys");
        OwnerOnly.CreateDirectory(keys);
        var dataProtection = services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("Inspection");
        if (configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.KeyCertificatePath)}"] is { Length: > 0 } certificatePath)
        {
            var password = configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.KeyCertificatePassword)}"];
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificatePath, string.IsNullOrEmpty(password) ? null : password));
        }

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((o, web) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            foreach (var proxy in web.Value.KnownProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
                }
            }
        });
        services.AddOptions<HstsOptions>().Configure<IOptions<WebOptions>>((o, web) => o.MaxAge = TimeSpan.FromDays(web.Value.HstsDays));
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<WebOptions>>((o, web) => o.HttpsPort = web.Value.HttpsPort);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store").AddCheck<IndexHealthCheck>("index");
        services.AddHttpContextAccessor();
        // Page models bind optional query fields into non-nullable form objects: no implicit "required" for them.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            o.Filters.Add<ExpiredFormFilter>();
        });
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
    // The API answers a refusal with its status and a problem detail saying why, as its use cases' refusals do; pages
    // are sent to sign in or to the access-denied page.
    private static Task ApiAware(HttpContext context, int status, string redirectUri)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return (status == StatusCodes.Status401Unauthorized
                ? Results.Problem(detail: "Sign in first: this needs a signed-in account.", statusCode: status, title: "Not signed in")
                : Results.Problem(detail: "Your role does not allow this. Ask an administrator if you need it.", statusCode: status, title: "Not allowed"))
                .ExecuteAsync(context);
        }

        context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
