using System.Collections.Frozen;
using System.Text;

namespace Inspection.Application.Accounts;

/// <summary>
/// Passwords too easy to guess however long: those on the list shipped with the app (common-passwords.txt, made by
/// build/make-common-passwords.py), a listed word with digits or symbols around it or written in "leet"
/// (p@ssw0rd), a word repeated, and runs along the keyboard, the alphabet or the digits.
/// </summary>
public static class CommonPasswords
{
    // Rows of a UK keyboard, the alphabet and the digits, each also read backwards by the check.
    private static readonly string[] Runs =
    [
        "1234567890123456789012345678901234567890",
        "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "qazwsxedcrfvtgbyhnujmikolp",
        "zaq1xsw2cde3vfr4bgt5nhy6mju7",
        "1q2w3e4r5t6y7u8i9o0p",
        "q1w2e3r4t5y6u7i8o9p0",
    ];

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    private static readonly char[] Dressing = "0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\|`".ToCharArray();

    /// <summary>True when <paramref name="password"/> is common, a listed word dressed up, a repetition or a keyboard run.</summary>
    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        var compact = string.Concat(lower.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 0 || List.Value.Contains(lower) || List.Value.Contains(compact) || IsRepetition(compact) || IsRun(compact))
        {
            return true;
        }

        // "Welcome2024!", "!!password!!", "p@ssw0rd1234": the word inside the dressing.
        var core = Unleet(compact.Trim(Dressing));
        return core.Length == 0 || List.Value.Contains(core) || List.Value.Contains(compact.Trim(Dressing))
            || (IsRepetition(core) && List.Value.Contains(core[..RepeatUnit(core)]));
    }

    private static bool IsRepetition(string s) => RepeatUnit(s) < s.Length;

    // The length of the shortest unit that, repeated, makes the whole string ("abcabc" -> 3; "abcd" -> 4).
    private static int RepeatUnit(string s)
    {
        for (var unit = 1; unit <= s.Length / 2; unit++)
        {
            if (s.Length % unit != 0)
            {
                continue;
            }

            var repeated = true;
            for (var i = unit; i < s.Length && repeated; i++)
            {
                repeated = s[i] == s[i - unit];
            }

            if (repeated)
            {
                return unit;
            }
        }

        return s.Length;
    }

    private static bool IsRun(string s)
    {
        foreach (var run in Runs)
        {
            if (run.Contains(s, StringComparison.Ordinal) || Reverse(run).Contains(s, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Reverse(string s)
    {
        var chars = s.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    private static string Unleet(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            builder.Append(c switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '$' or '5' => 's',
                '7' => 't',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Inspection.Application.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded in Inspection.Application");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
