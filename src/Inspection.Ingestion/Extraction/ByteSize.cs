using System.Globalization;

namespace Inspection.Ingestion.Extraction;

/// <summary>Formats byte counts the way people read them in an error message ("140.2 MB").</summary>
internal static class ByteSize
{
    public static string Format(long bytes)
    {
        const double Kb = 1024;
        const double Mb = Kb * 1024;
        const double Gb = Mb * 1024;
        return bytes switch
        {
            >= (long)Gb => Number(bytes / Gb) + " GB",
            >= (long)Mb => Number(bytes / Mb) + " MB",
            >= (long)Kb => Number(bytes / Kb) + " KB",
            _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
        };
    }

    // "100 MB" for a round limit, "140.2 MB" otherwise.
    private static string Number(double value)
    {
        var rounded = Math.Round(value, 1);
        return rounded == Math.Floor(rounded)
            ? rounded.ToString("0", CultureInfo.InvariantCulture)
            : rounded.ToString("0.0", CultureInfo.InvariantCulture);
    }
}
