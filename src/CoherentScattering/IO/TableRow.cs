namespace CoherentScattering.IO;

// <summary>Argument errors about one row of tabulated data. Constructors that take tables throw them as plain
// <see cref="ArgumentException"/>s carrying the row (and column) in <see cref="Exception.Data"/>, so that the CSV
// readers can report the file line (<see cref="CsvTable"/>) while direct callers see an ordinary argument error.</summary>
internal static class TableRow
{
    private const string RowKey = "CoherentScattering.Row", ColumnKey = "CoherentScattering.Column";

    // <summary>An error about row <paramref name="row"/> (0-based) and table column <paramref name="column"/> (0-based).</summary>
    public static ArgumentException Error(string message, string paramName, int row, int column)
    {
        var e = new ArgumentException(message, paramName);
        e.Data[RowKey] = row;
        e.Data[ColumnKey] = column;
        return e;
    }

    // <summary>The row and column an error is about, when it is a row error.</summary>
    public static bool TryGet(ArgumentException e, out int row, out int column)
    {
        (row, column) = (-1, -1);
        if (e.Data[RowKey] is int r && e.Data[ColumnKey] is int c)
        {
            (row, column) = (r, c);
            return true;
        }

        return false;
    }
}
