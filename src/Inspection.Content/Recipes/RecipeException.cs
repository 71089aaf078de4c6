namespace Inspection.Content.Recipes;

/// <summary>A recipe that cannot be read or applied; the message names the file or step and the problem.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException()
    {
    }

    public RecipeException(string message)
        : base(message)
    {
    }

    public RecipeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
