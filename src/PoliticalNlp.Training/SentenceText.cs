using PoliticalNlp.Text;

namespace PoliticalNlp.Training;

/// <summary>A corpus sentence laid out as text (words joined by spaces) with one token a corpus word.</summary>
internal static class SentenceText
{
    public static (string Text, Token[] Tokens) Layout(string[] words)
    {
        var text = string.Join(' ', words);
        var tokens = new Token[words.Length];
        var probe = new TokenBuffer(4);
        int offset = 0;
        for (int i = 0; i < words.Length; i++)
        {
            probe.Clear();
            Tokenizer.Tokenize(words[i], probe);
            var kind = probe.Count > 0 ? probe[0].Kind : TokenKind.Other;
            tokens[i] = new Token(offset, words[i].Length, kind);
            offset += words[i].Length + 1;
        }
        return (text, tokens);
    }
}
