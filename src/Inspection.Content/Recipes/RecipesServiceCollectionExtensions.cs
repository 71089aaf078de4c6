using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Content.Recipes;

/// <summary>Registers the recipe importer, exporter and the <c>ContentDefinition</c>, <c>Content</c> and <c>Roles</c> steps.</summary>
public static class RecipesServiceCollectionExtensions
{
    /// <summary>Adds recipes; the stores (<c>AddInspectionContent</c>) must be registered too.</summary>
    public static IServiceCollection AddInspectionRecipes(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<RecipeImporter>();
        services.TryAddScoped<RecipeExporter>();
        services.AddRecipeStep<ContentDefinitionStepHandler>();
        services.AddRecipeStep<ContentStepHandler>();
        services.AddRecipeStep<RolesStepHandler>();
        return services;
    }

    /// <summary>Lets the <c>Content</c> step import items of a type that code writes and no recipe defines.</summary>
    public static IServiceCollection AddCodeContentType(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!services.Any(d => d.ServiceType == typeof(CodeContentType) && d.ImplementationInstance is CodeContentType known && known.Name == name))
        {
            services.AddSingleton(new CodeContentType(name));
        }

        return services;
    }

    /// <summary>Adds a recipe step handler; other libraries call this for their own steps (frameworks, glossary).</summary>
    public static IServiceCollection AddRecipeStep<THandler>(this IServiceCollection services)
        where THandler : class, IRecipeStepHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, THandler>());
        return services;
    }
}
