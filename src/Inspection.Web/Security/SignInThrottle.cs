using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Inspection.Content.Users;
using Inspection.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Security;

/// <summary>
/// Slows password guessing without handing an attacker a way to keep someone out. Three limits, each in memory on
/// this node: (1) per client address, every sign-in post (the rate-limiting middleware, policy <see cref="PolicyName"/>);
/// (2) per client address and user name, wrong passwords: after <see cref="FailuresBeforeDelay"/> that pair waits 1
/// minute, doubling with each further failure up to 15, and a correct password from another address is unaffected;
/// (3) per user name from all addresses, wrong passwords (a token bucket), which stops guessing spread over many
/// addresses but is skipped by a browser that has signed in to that account before (its device cookie), so the real
/// person is not kept out. Names that do not exist are counted exactly like names that do.
/// </summary>
public sealed class SignInThrottle : Inspection.Application.Accounts.ISignInHolds, IDisposable
{
    public const string PolicyName = "sign-in";
    public const int FailuresBeforeDelay = 5;

    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, PairState> _pairs = new(StringComparer.Ordinal);
    private readonly PartitionedRateLimiter<string> _accounts;
    private readonly TimeProvider _time;

    public SignInThrottle(IOptions<WebOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var perHour = options.Value.SignInFailuresPerAccountPerHour;
        _accounts = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetTokenBucketLimiter(account, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, perHour / 3),
            TokensPerPeriod = Math.Max(1, perHour / 60),
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>How long this address must wait before trying this user name again; null when it may try now.</summary>
    public TimeSpan? Wait(string address, string userName, bool knownDevice)
    {
        var now = _time.GetUtcNow();
        if (_pairs.TryGetValue(Key(address, userName), out var state) && state.BlockedUntil > now)
        {
            return state.BlockedUntil - now;
        }

        // A whole token must be left: the bucket refills continuously, and a zero-permit probe succeeds on a fraction.
        if (!knownDevice && _accounts.GetStatistics(UserAccount.Normalize(userName)) is { CurrentAvailablePermits: < 1 })
        {
            return TimeSpan.FromMinutes(1);
        }

        return null;
    }

    /// <summary>Counts a wrong password (or an unknown name) against the pair and, from an unknown device, the account.</summary>
    public void Failed(string address, string userName, bool knownDevice)
    {
        var now = _time.GetUtcNow();
        if (!knownDevice)
        {
            // Spent only on failure, so that the bucket counts guesses rather than sign-ins.
            _accounts.AttemptAcquire(UserAccount.Normalize(userName)).Dispose();
        }

        _pairs.AddOrUpdate(
            Key(address, userName),
            _ => new PairState(1, 0, DateTimeOffset.MinValue),
            (_, s) =>
            {
                var failures = s.Failures + 1;
                if (failures < FailuresBeforeDelay)
                {
                    return s with { Failures = failures };
                }

                var delay = TimeSpan.FromMinutes(Math.Min(MaxDelay.TotalMinutes, Math.Pow(2, s.Strikes)));
                return new PairState(0, s.Strikes + 1, now + delay);
            });
        if (_pairs.Count > 100_000)
        {
            Prune(now);
        }
    }

    /// <summary>A correct password clears the pair's record.</summary>
    public void Succeeded(string address, string userName) => _pairs.TryRemove(Key(address, userName), out _);

    /// <summary>When the latest hold on the account's sign-in (from any address) ends; null when none is in force.</summary>
    public DateTimeOffset? HeldUntil(string userName)
    {
        var suffix = "|" + UserAccount.Normalize(userName);
        var now = _time.GetUtcNow();
        DateTimeOffset? until = null;
        foreach (var (key, state) in _pairs)
        {
            if (state.BlockedUntil > now && key.EndsWith(suffix, StringComparison.Ordinal) && (until is null || state.BlockedUntil > until))
            {
                until = state.BlockedUntil;
            }
        }

        return until;
    }

    /// <summary>An administrator's unlock: every address's record for the account is forgotten.</summary>
    public bool Release(string userName)
    {
        var suffix = "|" + UserAccount.Normalize(userName);
        var released = false;
        foreach (var key in _pairs.Keys.Where(k => k.EndsWith(suffix, StringComparison.Ordinal)))
        {
            released |= _pairs.TryRemove(key, out _);
        }

        return released;
    }

    public void Dispose() => _accounts.Dispose();

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, state) in _pairs)
        {
            if (state.BlockedUntil + MaxDelay < now)
            {
                _pairs.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string address, string userName) => address + "|" + UserAccount.Normalize(userName);

    private sealed record PairState(int Failures, int Strikes, DateTimeOffset BlockedUntil);
}
