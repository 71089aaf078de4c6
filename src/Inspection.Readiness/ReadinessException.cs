namespace Inspection.Readiness;

/// <summary>
/// Bad input to a readiness service, in words a person can act on: an unknown finding, action or passage id, or an
/// invalid status. Hosts map it to "bad input" (CLI exit code 2, HTTP 400/404).
/// </summary>
public sealed class ReadinessException : Exception
{
    public ReadinessException()
    {
    }

    public ReadinessException(string message)
        : base(message)
    {
    }

    public ReadinessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the input named something that does not exist (HTTP 404 rather than 400).</summary>
    public bool IsNotFound { get; init; }

    internal static ReadinessException NotFound(string what, string id) =>
        new($"no {what} with id '{id}'") { IsNotFound = true };
}
