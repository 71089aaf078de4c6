namespace Inspection.Web.Hosting;

/// <summary>Settings of the web host ("Web" section).</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Load the fictional sample evidence at start (duplicates are recognised, so it is loaded once).</summary>
    public bool LoadSamples { get; set; } = true;

    /// <summary>
    /// Run the ingestion worker (and the retention and training workers) on this node. Several nodes over one store may
    /// all run it: each claims the job items it works on (see <c>Jobs:LeaseSeconds</c>). A node without it still indexes from the store.
    /// </summary>
    public bool RunIngestion { get; set; } = true;

    /// <summary>Seconds between look-ups of the indexing tasks other nodes wrote to a shared store.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int IndexPollSeconds { get; set; } = 5;

    /// <summary>Most files one upload may carry.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int MaxFilesPerUpload { get; set; } = 100;

    /// <summary>Sign-in (and first-run) posts one client address may make per minute; more answer 429.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int SignInAttemptsPerAddressPerMinute { get; set; } = 10;

    /// <summary>Wrong passwords one account takes per hour from browsers that have not signed in to it before.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1_000_000)]
    public int SignInFailuresPerAccountPerHour { get; set; } = 60;

    /// <summary>Hours after signing in when a session ends however active it is (besides the 8-hour idle limit).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 24 * 30)]
    public int SessionAbsoluteHours { get; set; } = 12;

    /// <summary>Behind a reverse proxy: take the client address and scheme from X-Forwarded-For and X-Forwarded-Proto.</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses or networks (CIDR) of the proxies whose forwarded headers are believed, comma-separated; empty: loopback only.</summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Send plain-HTTP page requests to HTTPS (all but <c>/health</c>).</summary>
    public bool HttpsRedirect { get; set; }

    /// <summary>The port HTTPS redirects go to.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 65535)]
    public int HttpsPort { get; set; } = 443;

    /// <summary>Send Strict-Transport-Security on HTTPS responses.</summary>
    public bool Hsts { get; set; }

    /// <summary>How long browsers keep to HTTPS once told (HSTS max-age).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650)]
    public int HstsDays { get; set; } = 365;

    /// <summary>A PKCS#12 (.pfx) certificate whose key encrypts the cookie keys at rest in <c>keys/</c>; empty: stored unencrypted, protected by the folder's owner-only mode.</summary>
    public string KeyCertificatePath { get; set; } = "";

    /// <summary>The password of <see cref="KeyCertificatePath"/>, if it has one.</summary>
    public string KeyCertificatePassword { get; set; } = "";
}
