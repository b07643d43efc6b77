namespace PoliticalNlp.Claims;

/// <summary>Whether a word is in a closed class (a <see cref="FunctionWords"/> test), so a rule can ask it of a token
/// index that may lie outside the document (<see cref="DocumentView.Is(int, WordTest)"/>).</summary>
internal delegate bool WordTest(ReadOnlySpan<char> word);
