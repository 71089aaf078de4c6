using Inspection.Web.Hosting;
using Inspection.Web.Security;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Tests.Security;

/// <summary>The throttle's rules on their own: pairs wait and wait longer, the account-wide budget spares known browsers.</summary>
public sealed class SignInThrottleRulesTests
{
    [Fact]
    public void FailuresFromManyAddressesSpendTheAccountsBudgetButNotAKnownBrowsers()
    {
        using var throttle = new SignInThrottle(Options.Create(new WebOptions { SignInFailuresPerAccountPerHour = 6 }), TimeProvider.System);
        for (var i = 0; i < 2; i++)
        {
            Assert.Null(throttle.Wait($"198.51.100.{i}", "admin", knownDevice: false));
            throttle.Failed($"198.51.100.{i}", "admin", knownDevice: false);
        }

        Assert.NotNull(throttle.Wait("198.51.100.50", "admin", knownDevice: false));
        Assert.Null(throttle.Wait("192.0.2.10", "admin", knownDevice: true));
        Assert.Null(throttle.Wait("198.51.100.50", "someone-else", knownDevice: false));
    }

    [Fact]
    public void APairWaitsAfterFiveFailuresAndLongerEachTime()
    {
        var clock = new ManualClock();
        using var throttle = new SignInThrottle(Options.Create(new WebOptions()), clock);
        for (var i = 0; i < SignInThrottle.FailuresBeforeDelay; i++)
        {
            Assert.Null(throttle.Wait("198.51.100.7", "admin", knownDevice: true));
            throttle.Failed("198.51.100.7", "admin", knownDevice: true);
        }

        Assert.Equal(TimeSpan.FromMinutes(1), throttle.Wait("198.51.100.7", "admin", knownDevice: true));
        Assert.Null(throttle.Wait("192.0.2.10", "admin", knownDevice: true));
        clock.Now += TimeSpan.FromMinutes(1.5);
        for (var i = 0; i < SignInThrottle.FailuresBeforeDelay; i++)
        {
            throttle.Failed("198.51.100.7", "admin", knownDevice: true);
        }

        Assert.Equal(TimeSpan.FromMinutes(2), throttle.Wait("198.51.100.7", "admin", knownDevice: true));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
