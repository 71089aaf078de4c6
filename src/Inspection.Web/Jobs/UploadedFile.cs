namespace Inspection.Web.Jobs;

/// <summary>One file of an upload: the name the person's computer gave it and a way to read it once.</summary>
public sealed record UploadedFile(string FileName, Func<Stream> Open)
{
    public static UploadedFile From(IFormFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new UploadedFile(file.FileName, file.OpenReadStream);
    }
}
