using System.Buffers;
using System.Runtime.CompilerServices;

namespace PoliticalNlp.Entities;

/// <summary>
/// What the tagger has already said about each capitalised word earlier in the same document (Ratinov &amp; Roth 2009,
/// "extended prediction history"): how often each word was tagged outside any name or inside a name of each type, and
/// the types of the longer names it was part of. A later <c>Trump</c> then knows it closed <c>Donald Trump</c>, a
/// later <c>Post</c> that it ended <c>Washington Post</c>. And, surveyed before any sentence is tagged, how the whole
/// document writes each capitalised word: capitalised where case tells, or lower case. Words are keyed by their
/// normalised hash (<see cref="TokenKey.Normalized"/>).
/// </summary>
/// <remarks>
/// One memory serves one document on one thread: <see cref="Rent"/> it, survey every sentence
/// (<see cref="SurveyCapitals"/>, then <see cref="SurveyLowerCase"/>), tag the sentences in the tagging order (sentences
/// in capitals last), recording each after it is tagged, and <see cref="Return"/> it. The table is open-addressed over
/// pooled arrays, so a document costs no allocation a token and stays linear in its length.
/// </remarks>
internal sealed class DocumentMemory
{
    /// <summary>The most entity types a memory tells apart; labels of further types count as outside.</summary>
    public const int MaxTypes = 8;

    /// <summary>The most features <see cref="AddFeatures"/> writes for one token.</summary>
    public const int MaxFeatures = 4 + 2 * MaxTypes;

    // Counts a slot: [0] outside any name, [1 + t] inside a name of type t; then a byte of bits: part of a longer name of
    // type t; then, from the survey of the whole document, how often the word is capitalised where case tells (inside an
    // ordinary sentence) and how often it is lower case.
    private const int PartOfAt = MaxTypes + 1, CapitalisedAt = MaxTypes + 2, LowerCaseAt = MaxTypes + 3;
    private const int Stride = MaxTypes + 4;
    private const int InitialCapacity = 256;
    private const int LargestKept = 1 << 14;

    // Templates past the sentence features' (see NerFeatures).
    private const int FirstSeenTemplate = 60, MajorityTemplate = 61, SeenAsTemplate = 62, PartOfTemplate = 63, MajorityAtStartTemplate = 64;
    private const int CasedElsewhereTemplate = 65, CaseEvidenceTemplate = 66;

    [ThreadStatic]
    private static DocumentMemory? t_cached;

    private uint[] _keys = [];
    private byte[] _counts = [];
    private int _count;

    private DocumentMemory()
    {
    }

    /// <summary>An empty memory for one document (the calling thread's cached one when free).</summary>
    public static DocumentMemory Rent()
    {
        var memory = t_cached ?? new DocumentMemory();
        t_cached = null;
        if (memory._keys.Length == 0) memory.Allocate(InitialCapacity);
        return memory;
    }

    /// <summary>Forgets the document and keeps the memory for the thread's next one.</summary>
    public static void Return(DocumentMemory memory)
    {
        if (memory._keys.Length > LargestKept) memory.Release();
        else memory.Clear();
        t_cached = memory;
    }

    /// <summary>Forgets everything: a new document starts.</summary>
    public void Clear()
    {
        if (_count == 0) return;
        Array.Clear(_keys);
        Array.Clear(_counts, 0, _keys.Length * Stride);
        _count = 0;
    }

    /// <summary>
    /// The type index of each label (−1 for outside, or a type past <see cref="MaxTypes"/>): labels <c>B-X</c> and
    /// <c>I-X</c> share X's index, numbered in the order the labels first name them.
    /// </summary>
    public static int[] TypeIndexes(string[] labels)
    {
        var types = new List<string>();
        var result = new int[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i].Length < 3 || labels[i][1] != '-') { result[i] = -1; continue; }
            string type = labels[i][2..];
            int t = types.IndexOf(type);
            if (t < 0) { types.Add(type); t = types.Count - 1; }
            result[i] = t < MaxTypes ? t : -1;
        }
        return result;
    }

    /// <summary>Whether the memory is asked about this token at all: a word that starts with a capital letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Concerns(string text, in Token token) => token.Length > 0 && char.IsUpper(text[token.Start]);

    /// <summary>Writes the memory's features of a capitalised word into <paramref name="output"/> from <paramref name="n"/>; returns the new count.</summary>
    /// <param name="word">The word's <see cref="TokenKey.Normalized"/> hash.</param>
    /// <param name="sentenceStart">Whether the word opens its sentence.</param>
    /// <param name="casing">Where the word stands (<see cref="CasingOf"/>): whether its capital says anything.</param>
    /// <param name="mask">The model's feature mask.</param>
    /// <param name="output">The features.</param>
    /// <param name="n">How many are already written.</param>
    public int AddFeatures(uint word, bool sentenceStart, Casing casing, int mask, Span<int> output, int n)
    {
        int slot = Find(word);
        if (slot < 0 || !Recorded(slot))
        {
            output[n++] = Tag(FirstSeenTemplate, sentenceStart ? 1u : 0u, mask);
        }
        else
        {
            var counts = _counts.AsSpan(slot * Stride, Stride);
            int majority = 0;
            for (int t = 1; t <= MaxTypes; t++) if (counts[t] > counts[majority]) majority = t;
            output[n++] = Tag(MajorityTemplate, (uint)majority, mask);
            output[n++] = Tag(MajorityAtStartTemplate, (uint)(majority * 2) + (sentenceStart ? 1u : 0u), mask);
            for (int t = 0; t < MaxTypes; t++)
            {
                if (counts[1 + t] != 0) output[n++] = Tag(SeenAsTemplate, (uint)t, mask);
                if ((counts[PartOfAt] & (1 << t)) != 0) output[n++] = Tag(PartOfTemplate, (uint)t, mask);
            }
        }
        // The rest of the document, ahead as well as behind: a headline's TRUMP or a sentence's first word is a name when
        // the same word is capitalised inside ordinary sentences elsewhere, and likely not when it is written lower case
        // there (Chieu & Ng 2002's global features). A word the survey never counted has no evidence either way, the same
        // features whether or not a slot was made for it.
        int capitalised = slot < 0 ? 0 : Math.Max(0, _counts[slot * Stride + CapitalisedAt] - (casing == Casing.Telling ? 1 : 0));
        bool lower = slot >= 0 && _counts[slot * Stride + LowerCaseAt] != 0;
        uint place = (uint)casing;
        output[n++] = Tag(CasedElsewhereTemplate, place * 3 + (uint)Math.Min(capitalised, 2), mask);
        output[n++] = Tag(CaseEvidenceTemplate, place * 4 + (capitalised > 0 ? 2u : 0u) + (lower ? 1u : 0u), mask);
        return n;
    }

    /// <summary>Where a capitalised word stands, as far as its capital tells whether it is a name.</summary>
    public enum Casing
    {
        /// <summary>Inside an ordinary sentence: the capital is the writer's choice.</summary>
        Telling = 0,

        /// <summary>First in its sentence or after an opening mark: every word is capitalised there.</summary>
        Initial = 1,

        /// <summary>In a sentence written in capitals (a headline): every word is.</summary>
        Shouting = 2,
    }

    /// <summary>Where token <paramref name="i"/> of a sentence stands; <paramref name="shouting"/> from <see cref="IsShouting"/>.</summary>
    public static Casing CasingOf(string text, ReadOnlySpan<Token> tokens, int i, bool shouting)
    {
        // A mark alone, not a clitic that starts with one: the word after "Britain's" stands inside the sentence.
        if (i == 0 || tokens[i - 1].AsSpan(text) is ['.'] or ['"'] or ['“'] or [':'] or ['('] or ['-'] or ['—'] or ['\''] or ['‘']) return Casing.Initial;
        return shouting ? Casing.Shouting : Casing.Telling;
    }

    /// <summary>
    /// Whether a sentence is written in capitals (a headline, a slogan): of its words of two letters or more, at least two
    /// are in capitals and at most a quarter are not. Acronyms in an ordinary sentence ("NATO, the EU and the UN agreed")
    /// leave it ordinary.
    /// </summary>
    public static bool IsShouting(string text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, capitals = 0;
        foreach (var token in tokens)
        {
            var word = token.AsSpan(text);
            if (word.Length < 2 || !char.IsLetter(word[0]) || !char.IsLetter(word[1])) continue;
            words++;
            if (IsInCapitals(word)) capitals++;
        }
        return capitals >= 2 && capitals >= 3 * (words - capitals);
    }

    /// <summary>Whether a word of two letters or more opens with two capitals and has no lower-case ASCII letter (a plain
    /// loop: the generic <c>ContainsAnyInRange</c> boxed a char a call here before tier-1 compilation, 22 MB for a 2 MB
    /// document).</summary>
    private static bool IsInCapitals(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]) || !char.IsUpper(word[1])) return false;
        foreach (char c in word) if ((uint)(c - 'a') <= 'z' - 'a') return false;
        return true;
    }

    /// <summary>
    /// Counts, before any sentence of the document is tagged, where each capitalised word of one sentence is capitalised
    /// where that tells (<see cref="Casing.Telling"/>). Call it for every sentence of the document, then
    /// <see cref="SurveyLowerCase"/> for every sentence, after <see cref="Clear"/> and before the first
    /// <see cref="AddFeatures"/>.
    /// </summary>
    /// <returns>Whether the sentence is written in capitals (<see cref="IsShouting"/>), for the caller's tagging order.</returns>
    public bool SurveyCapitals(string text, ReadOnlySpan<Token> tokens)
    {
        bool shouting = IsShouting(text, tokens);
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].AsSpan(text);
            if (word.IsEmpty || !char.IsUpper(word[0])) continue;
            int slot = FindOrAdd(TokenKey.NormalizedOf(word));
            int at = slot * Stride + CapitalisedAt;
            if (CasingOf(text, tokens, i, shouting) == Casing.Telling && _counts[at] < byte.MaxValue) _counts[at]++;
        }
        return shouting;
    }

    /// <summary>
    /// Counts the lower-case uses of the words <see cref="SurveyCapitals"/> found capitalised somewhere in the document
    /// (only those: the table stays the size of the document's capitalised vocabulary).
    /// </summary>
    public void SurveyLowerCase(string text, ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            var word = token.AsSpan(text);
            if (word.IsEmpty || !char.IsLower(word[0])) continue;
            int slot = Find(TokenKey.NormalizedOf(word));
            if (slot < 0) continue;
            int at = slot * Stride + LowerCaseAt;
            if (_counts[at] < byte.MaxValue) _counts[at]++;
        }
    }

    private bool Recorded(int slot)
    {
        var counts = _counts.AsSpan(slot * Stride, MaxTypes + 1);
        foreach (byte c in counts) if (c != 0) return true;
        return false;
    }

    /// <summary>Remembers the labels of one tagged sentence (its capitalised words only).</summary>
    /// <param name="text">The document.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="keys">Their keys.</param>
    /// <param name="labels">The label of each token.</param>
    /// <param name="typeOfLabel">Each label's type index (<see cref="TypeIndexes"/>).</param>
    /// <param name="beginsName">Whether each label begins a name (<c>B-</c>).</param>
    public void Record(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenKey> keys, ReadOnlySpan<int> labels, int[] typeOfLabel, bool[] beginsName)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!Concerns(text, tokens[i])) continue;
            int type = typeOfLabel[labels[i]];
            // A word of a name of two words or more ("Donald Trump") marks that name's type on the word.
            bool partOfLonger = type >= 0
                && ((!beginsName[labels[i]] && i > 0 && typeOfLabel[labels[i - 1]] == type)
                    || (i + 1 < tokens.Length && typeOfLabel[labels[i + 1]] == type && !beginsName[labels[i + 1]]));
            int slot = FindOrAdd(keys[i].Normalized);
            int at = slot * Stride + (type < 0 ? 0 : 1 + type);
            if (_counts[at] < byte.MaxValue) _counts[at]++;
            if (partOfLonger) _counts[slot * Stride + PartOfAt] |= (byte)(1 << type);
        }
    }

    /// <summary>Whether each label begins a name (<c>B-</c>).</summary>
    public static bool[] Begins(string[] labels) => labels.Select(l => l.StartsWith("B-", StringComparison.Ordinal)).ToArray();

    private int Find(uint word)
    {
        uint key = word == 0 ? 1 : word;
        int mask = _keys.Length - 1;
        for (int s = (int)(Mix(key) & (uint)mask); ; s = (s + 1) & mask)
        {
            uint k = _keys[s];
            if (k == key) return s;
            if (k == 0) return -1;
        }
    }

    private int FindOrAdd(uint word)
    {
        if ((_count + 1) * 2 > _keys.Length) Grow();
        uint key = word == 0 ? 1 : word;
        int mask = _keys.Length - 1;
        for (int s = (int)(Mix(key) & (uint)mask); ; s = (s + 1) & mask)
        {
            uint k = _keys[s];
            if (k == key) return s;
            if (k == 0)
            {
                _keys[s] = key;
                _count++;
                return s;
            }
        }
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldCounts = _counts;
        int oldCapacity = oldKeys.Length, count = _count;
        Allocate(oldCapacity * 2);
        _count = count;
        int mask = _keys.Length - 1;
        for (int o = 0; o < oldCapacity; o++)
        {
            uint key = oldKeys[o];
            if (key == 0) continue;
            int s = (int)(Mix(key) & (uint)mask);
            while (_keys[s] != 0) s = (s + 1) & mask;
            _keys[s] = key;
            oldCounts.AsSpan(o * Stride, Stride).CopyTo(_counts.AsSpan(s * Stride, Stride));
        }
        ArrayPool<uint>.Shared.Return(oldKeys);
        ArrayPool<byte>.Shared.Return(oldCounts);
    }

    private void Allocate(int capacity)
    {
        _keys = ArrayPool<uint>.Shared.Rent(capacity);
        if (_keys.Length != capacity || (capacity & (capacity - 1)) != 0)
        {
            // The pool hands out powers of two; anything else is returned and replaced by an exact array.
            ArrayPool<uint>.Shared.Return(_keys);
            _keys = new uint[capacity];
        }
        Array.Clear(_keys);
        _counts = ArrayPool<byte>.Shared.Rent(capacity * Stride);
        Array.Clear(_counts, 0, capacity * Stride);
        _count = 0;
    }

    private void Release()
    {
        ArrayPool<uint>.Shared.Return(_keys);
        ArrayPool<byte>.Shared.Return(_counts);
        _keys = [];
        _counts = [];
        _count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint key)
    {
        key ^= key >> 16;
        key *= 0x7FEB352D;
        key ^= key >> 15;
        return key;
    }

    private static int Tag(int template, uint value, int mask) =>
        FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Start(template), value), mask);
}
