namespace CoherentScattering.Tests.Fuzzing;

/// <summary>CSV texts, mostly malformed: ragged rows, non-numbers, NaN, no header, no trailing newline, unsorted,
/// duplicate and negative values, comments only, a huge cell.</summary>
internal static class MalformedCsv
{
    public static readonly string[] Texts =
    [
        "",
        "# only a comment\n",
        "a,b\n",
        "a,b\n1,2\n3\n",
        "a,b\n1,2,3\n",
        "a,b\n1,x\n",
        "a,b\n1,NaN\n",
        "a,b\n1,Infinity\n",
        "1,2\n3,4\n",
        "a,b\n3,1\n1,2\n",
        "a,b\n1,1\n1,2\n",
        "a,b\n0,-1\n1,2\n",
        "a,b\n0,0\n1,0",
        "a,b\n0,1e308\n1e308,1e308",
        "a,b,c,d\n0,1,5,1\n1,2,3,-1",
        "a,b,c,d\n0,1,5,1\n1,0.5,3,1",
        "a,b,c,d\n0,1,5,1\n1,2,3",
        "low,high,counts,uncertainty\n0,1,5,1\n1,2,3,1",
        "energy,density\n0,1\n10,2\n52.8,0",
        "observable,acceptance\n0,0\n1,0.5\n2,1.5",
        "observable,acceptance\n0,0\n1,0.5\n2,1",
        "a,b\n" + new string('9', 100_000) + ",1\n",
        "a,b\n1,2\r\n3,4\r\n",
        "\"a\",\"b\"\n\"1\",\"2\"\n",
        "a;b\n1;2\n",
    ];
}
