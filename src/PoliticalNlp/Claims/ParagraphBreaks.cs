namespace PoliticalNlp.Claims;

/// <summary>
/// Where a document's paragraphs break: at a blank line, and at a single line break too except inside a hard-wrapped
/// block (one whose lines go on in lower case somewhere: there a single break falls inside a sentence). PolNeAR train has
/// 1,196 single breaks in 362 of its 840 articles, almost all of them paragraph breaks; a roundup of readers'
/// quotations, each signed <c>― Name</c> on its own line, lost every attribution when only blank lines counted.
/// </summary>
internal readonly struct ParagraphBreaks
{
    private readonly string _text;
    // The hard-wrapped blocks as [start, end) pairs in text order, or null (most documents have none).
    private readonly int[]? _wrapped;

    private ParagraphBreaks(string text, int[]? wrapped)
    {
        _text = text;
        _wrapped = wrapped;
    }

    /// <summary>The paragraph breaks of <paramref name="text"/>, read in one pass over its line breaks.</summary>
    public static ParagraphBreaks Of(string text) => new(text, HardWrappedBlocks(text));

    /// <summary>True when the space between two tokens (<paramref name="from"/> = the first one's end, <paramref name="to"/>
    /// = the second one's start) breaks a paragraph.</summary>
    public bool Between(int from, int to)
    {
        int breaks = 0;
        for (int k = from; k < to; k++)
            if (_text[k] == '\n' && ++breaks == 2) return true;
        return breaks == 1 && !InHardWrappedBlock(from);
    }

    private bool InHardWrappedBlock(int position)
    {
        if (_wrapped is null) return false;
        // Binary search for the last block starting at or before the position.
        int lo = 0, hi = _wrapped.Length / 2 - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_wrapped[2 * mid] <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && position < _wrapped[2 * found + 1];
    }

    /// <summary>The blocks between blank lines in which some line break is followed, past spaces, by a lower-case letter.</summary>
    private static int[]? HardWrappedBlocks(string text)
    {
        List<int>? blocks = null;
        int blockStart = 0;
        bool wrapped = false;
        for (int k = text.IndexOf('\n'); k >= 0; k = text.IndexOf('\n', k + 1))
        {
            int j = k + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\u00A0') j++;
            if (j < text.Length && text[j] == '\n')
            {
                // A blank line ends the block; the next starts after it.
                if (wrapped) (blocks ??= []).AddRange([blockStart, k]);
                blockStart = j;
                wrapped = false;
                k = j - 1;
            }
            else if (j < text.Length && char.IsLower(text[j])) wrapped = true;
        }
        if (wrapped) (blocks ??= []).AddRange([blockStart, text.Length]);
        return blocks?.ToArray();
    }
}
