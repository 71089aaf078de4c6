using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Inspection.Content.Jobs;

/// <summary>This process as a claimant of job items: its name in the store and the length of its leases.</summary>
public sealed class JobNode(IOptions<JobsOptions> options)
{
    /// <summary>The configured <c>Jobs:NodeId</c>, else one that no other process shares, even one restarted with the same pid.</summary>
    public string Id { get; } = string.IsNullOrWhiteSpace(options.Value.NodeId)
        ? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}")
        : options.Value.NodeId.Trim();

    public TimeSpan Lease { get; } = TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>How often a working node renews its claims: three times per lease, so one late renewal loses nothing.</summary>
    public TimeSpan RenewEvery => Lease / 3;
}
