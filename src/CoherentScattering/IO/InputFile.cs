namespace CoherentScattering.IO;

// <summary>Opens a user-named input file. Every failure becomes a clear exception naming the path (shortened): a
// missing file a <see cref="FileNotFoundException"/>, a directory, an unreadable or malformed path an
// <see cref="ArgumentException"/> naming the path parameter.</summary>
internal static class InputFile
{
    public static StreamReader OpenText(string path, string paramName)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw path is null ? new ArgumentNullException(paramName) : new ArgumentException("The file path is empty.", paramName);
        }

        string shown = Guard.Excerpt(path);
        if (Directory.Exists(path))
        {
            throw new ArgumentException($"'{shown}' is a directory, not a file.", paramName);
        }

        try
        {
            return new StreamReader(path);
        }
        catch (FileNotFoundException)
        {
            throw new FileNotFoundException($"File not found: '{shown}'.", Path.GetFileName(path));
        }
        catch (DirectoryNotFoundException)
        {
            throw new FileNotFoundException($"File not found (no such directory): '{shown}'.", Path.GetFileName(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ArgumentException($"Cannot read '{shown}': {Guard.Excerpt(e.Message)}", paramName, e);
        }
    }

    public static string ReadAllText(string path, string paramName)
    {
        using var reader = OpenText(path, paramName);
        try
        {
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"Cannot read '{Guard.Excerpt(path)}': {Guard.Excerpt(e.Message)}", paramName, e);
        }
    }

    // <summary>The file name for messages (a shortened path when it has none).</summary>
    public static string DisplayName(string path) => Guard.Excerpt(Path.GetFileName(path) is { Length: > 0 } name ? name : path);
}
