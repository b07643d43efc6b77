namespace PoliticalNlp.Tests.Entities;

public class EntityTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();
    private static readonly AnalyzedDocument Seed = Analyzer.Analyze(TestData.SeedText, "seed");

    private static bool Has(AnalyzedDocument doc, string text, EntityType type) => doc.Entities.Any(e => e.Text == text && e.Type == type);

    [Theory]
    [InlineData("Alexander Lukashenko", EntityType.Person)]
    [InlineData("Vladimir Putin", EntityType.Person)]
    [InlineData("Svetlana Tikhanovskaya", EntityType.Person)]
    [InlineData("Vladimir Zhirinovsky", EntityType.Person)]
    [InlineData("Belarus", EntityType.State)]
    [InlineData("Russia", EntityType.State)]
    [InlineData("Lithuania", EntityType.State)]
    [InlineData("Ukraine", EntityType.State)]
    [InlineData("Georgia", EntityType.State)]
    [InlineData("AFP", EntityType.Agency)]
    [InlineData("Getty Images", EntityType.Agency)]
    [InlineData("Belta", EntityType.Agency)]
    [InlineData("EU", EntityType.Agency)]
    [InlineData("Kremlin", EntityType.Agency)]
    [InlineData("Minsk", EntityType.Place)]
    [InlineData("Moscow", EntityType.Place)]
    public void Seed_entities_are_found_with_their_type(string text, EntityType type) => Assert.True(Has(Seed, text, type), $"{type} '{text}' not found");

    [Fact]
    public void A_person_run_into_the_body_they_serve_is_split_from_it()
    {
        var doc = Analyzer.Analyze("The deal was negotiated by the former Principal Deputy Assistant Secretary of the Air Force for Acquisition Darleen Druyun, who later joined Boeing.");
        Assert.True(Has(doc, "Darleen Druyun", EntityType.Person), string.Join(", ", doc.Entities.Select(e => $"{e.Type}:{e.Text}")));
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("Druyun", StringComparison.Ordinal) && e.Type == EntityType.Agency);
    }

    [Fact]
    public void A_body_led_by_its_country_or_demonym_is_one_agency()
    {
        var doc = Analyzer.Analyze("The United States Air Force reopened the contest. Iraqi National Guard units patrolled the border.");
        Assert.True(Has(doc, "United States Air Force", EntityType.Agency), string.Join(", ", doc.Entities.Select(e => $"{e.Type}:{e.Text}")));
        Assert.True(Has(doc, "Iraqi National Guard", EntityType.Agency), string.Join(", ", doc.Entities.Select(e => $"{e.Type}:{e.Text}")));
    }

    [Fact]
    public void Peerage_titles_stay_outside_person_spans()
    {
        var doc = Analyzer.Analyze("Lord Goldsmith said Lord Falconer and Baroness Morgan played no part in drafting the answer.");
        Assert.True(Has(doc, "Goldsmith", EntityType.Person), string.Join(", ", doc.Entities.Select(e => $"{e.Type}:{e.Text}")));
        Assert.True(Has(doc, "Falconer", EntityType.Person));
        Assert.True(Has(doc, "Morgan", EntityType.Person));
    }

    [Fact]
    public void Family_name_first_mentions_join_the_full_name()
    {
        var doc = Analyzer.Analyze("North Korean leader Kim Jong-Un declared his country was a nuclear state. Kim said he would not use nuclear weapons.");
        var kim = doc.Entities.Last(e => e.Text == "Kim");
        Assert.Equal("Kim Jong-Un", kim.Canonical);
    }

    [Fact]
    public void A_generational_suffix_is_part_of_the_name_and_keeps_the_son_apart()
    {
        var doc = Analyzer.Analyze("Anton Berglund opened the session. Anton Berglund Jr. said the budget would pass. Berglund Jr. left early.");
        Assert.Contains(doc.Entities, e => e.Text == "Anton Berglund Jr." && e.Type == EntityType.Person);
        Assert.Equal("Anton Berglund Jr.", doc.Entities.Single(e => e.Text == "Berglund Jr.").Canonical);
        Assert.Equal("Anton Berglund", doc.Entities.First().Canonical);
    }

    [Fact]
    public void A_bare_surname_after_the_suffixed_full_name_is_that_person()
    {
        var doc = Analyzer.Analyze("Anton R. Berglund Jr. opened the session. Mr. Berglund said the budget would pass.");
        Assert.Equal("Anton R. Berglund Jr.", doc.Entities.Last(e => e.Text == "Berglund").Canonical);
    }

    [Fact]
    public void A_bare_surname_before_the_suffixed_full_name_is_someone_else()
    {
        var doc = Analyzer.Analyze("President Berglund opened the session. Anton Berglund Jr. said the budget would pass. Berglund left early.");
        Assert.All(doc.Entities.Where(e => e.Text == "Berglund"), e => Assert.Equal("Berglund", e.Canonical));
    }

    [Theory]
    [InlineData("He spoke at the Reagan Building last week.", "Reagan Building")]
    public void A_persons_name_before_a_buildings_head_word_is_a_place(string text, string building) =>
        Assert.Contains(Analyzer.Analyze(text).Entities, e => e.Text == building && e.Type == EntityType.Place);

    [Fact]
    public void A_surname_shared_by_two_people_names_the_one_introduced_first()
    {
        var doc = Analyzer.Analyze("President Anton Berglund opened the session. Later his wife, Margareta Berglund, arrived at the hall. Berglund said the budget would pass.");
        Assert.Equal("Anton Berglund", doc.Entities.Last(e => e.Text == "Berglund").Canonical);
    }

    [Fact]
    public void Word_classes_ship_inside_the_package_and_group_words_used_alike()
    {
        var classes = PoliticalNlp.Models.EmbeddedModels.WordClasses;
        Assert.True(classes.Count > 5_000);
        var text = "Russia Ukraine spokesman envoy qwzxv";
        var tokens = new PoliticalNlp.Text.TokenBuffer();
        PoliticalNlp.Text.Tokenizer.Tokenize(text, tokens);
        var packed = new int[tokens.Count];
        classes.Annotate(text, tokens.Tokens, packed);
        Assert.Equal(PoliticalNlp.Lexicons.WordClasses.ClusterOf(packed[0]), PoliticalNlp.Lexicons.WordClasses.ClusterOf(packed[1]));
        Assert.Equal(0, PoliticalNlp.Lexicons.WordClasses.CaseBucketOf(packed[0])); // a name: almost never lower case
        Assert.Equal(PoliticalNlp.Lexicons.WordClasses.Unknown, packed[4]);
    }

    [Fact]
    public void Possessive_and_title_are_outside_the_span()
    {
        Assert.Contains(Seed.Entities, e => e.Text == "Belarus" && TestData.SeedText[e.End..].StartsWith("’s", StringComparison.Ordinal));
        var putin = Seed.Entities.First(e => e.Text == "Putin" && TestData.SeedText[..e.Start].EndsWith("Mr ", StringComparison.Ordinal));
        Assert.Equal(EntityType.Person, putin.Type);
        Assert.Equal("Vladimir Putin", putin.Canonical);
        Assert.DoesNotContain(Seed.Entities, e => e.Text.StartsWith("Mr", StringComparison.Ordinal));
    }

    [Fact]
    public void Surname_mentions_link_to_the_full_name_and_states_carry_iso_codes()
    {
        Assert.All(Seed.Entities.Where(e => e.Text == "Lukashenko"), e => Assert.Equal("Alexander Lukashenko", e.Canonical));
        Assert.All(Seed.Entities.Where(e => e.Type == EntityType.State && e.Text == "Belarus"), e => Assert.Equal("BY", e.Iso));
        Assert.All(Seed.Entities.Where(e => e.Type == EntityType.State && e.Text == "Russia"), e => Assert.Equal("RU", e.Iso));
        Assert.Equal("RU", Seed.Entities.First(e => e.Text == "Kremlin").ResolvedState);
        Assert.Equal("RU", Seed.Entities.First(e => e.Text == "Moscow").ResolvedState);
    }

    [Fact]
    public void Unknown_names_in_new_sentences_are_found()
    {
        var doc = Analyzer.Analyze("Finance minister Okonkwo Adebayo-Ferreira told the Zubrovian Electoral Commission on Monday that Chile would send observers.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Person && e.Text.Contains("Adebayo-Ferreira", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Type == EntityType.State && e.Text == "Chile" && e.Iso == "CL");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Agency && e.Text.Contains("Electoral Commission", StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_are_ordered_non_overlapping_and_inside_the_text()
    {
        foreach (var text in TestData.DevDocuments().Select(d => d.Text).Append(TestData.SeedText))
        {
            var doc = Analyzer.Analyze(text);
            int previousEnd = 0;
            foreach (var e in doc.Entities.OrderBy(e => e.Start))
            {
                Assert.True(e.Start >= previousEnd, $"'{e.Text}' overlaps the entity before it");
                Assert.True(e.End <= text.Length && e.Start < e.End);
                Assert.Equal(text[e.Start..e.End], e.Text);
                Assert.InRange(e.Confidence, 0, 1);
                previousEnd = e.End;
            }
        }
    }

    [Fact]
    public void User_lexicon_adds_agencies_and_people()
    {
        var options = new PoliticalNlpOptions();
        options.ExtraAgencies.Add("Quorvex Dynamics");
        options.ExtraPeople.Add("Zyx Qwerty");
        var doc = new PoliticalTextAnalyzer(options).Analyze("Zyx Qwerty said Quorvex Dynamics would appeal.");
        Assert.Contains(doc.Entities, e => e.Text == "Quorvex Dynamics" && e.Type == EntityType.Agency);
        Assert.Contains(doc.Entities, e => e.Text == "Zyx Qwerty" && e.Type == EntityType.Person);
    }

    [Fact]
    public void A_corrupt_model_file_is_reported_clearly()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "not a model");
        var options = new PoliticalNlpOptions { EntityModelPath = path };
        var e = Assert.Throws<InvalidDataException>(() => new PoliticalTextAnalyzer(options));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Thousands_of_possessives_in_one_name_do_not_overflow_the_stack()
    {
        // Each possessive split the tagged span by a recursive call: 5,700 of them (45 KB) killed the process.
        const int Possessives = 20_000;
        var text = string.Concat(Enumerable.Repeat("Putin's ", Possessives));
        var doc = Analyzer.Analyze(text);
        Assert.NotEmpty(doc.Entities);
        Assert.All(doc.Entities, e => Assert.Equal("Putin", e.Text));
        Assert.True(doc.Entities.Length > Possessives / 2, $"{doc.Entities.Length} entities");
    }
}
