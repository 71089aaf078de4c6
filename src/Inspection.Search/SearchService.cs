using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Inspection.Content.Definitions;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Pruning;
using Inspection.Search.Query;
using Inspection.Search.Results;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Search;

/// <summary>Runs people's searches over the passages index: query language, glossary synonyms, security trimming, grouping, facets, snippets, more-like-this.</summary>
public sealed class SearchService(
    PassageIndex index,
    GlossaryProvider glossary,
    InspectionAnalyzer analyzer,
    IOptions<SearchOptions> options,
    ILogger<SearchService>? logger = null,
    Meaning.MeaningIndex? meaning = null,
    IEvidenceTypeCatalog? types = null)
{
    // Reciprocal rank fusion of word matches and meaning matches (Cormack et al.'s k); meaning's weight and how far below
    // the nearest passage a meaning match may be were tuned on the relevance harness's tuning queries.
    private const double FusionK = 60;

    // Where the words' first passage stands at the lowest when meaning is fused in (1 put it above meaning's first and
    // lost more tuned queries than it gained; 3 gained nothing on the relevance harness).
    private const int WordsBestPlace = 2;
    private const float MeaningMargin = 0.12f;
    private const int MeaningCandidates = 40;
    // A search narrowed by filters, exclusions, a theme or the searcher's classifications looks this deep into meaning's
    // order when fewer than a quarter of the usual candidates are passages it permits: the nearest passages of the whole
    // index may all lie outside them. The second scan costs as much as the first; the look-up of the found passages, by id,
    // grows with the depth.
    private const int NarrowedMeaningCandidates = 1_000;

    /// <summary>Grouping reads at most this many top passages to pick each document's best one.</summary>
    public const int MaxGroupedPassages = 10_000;

    /// <summary>
    /// Hits are counted exactly up to this many (or the page asked for, if deeper); past it, a relevance search skips
    /// what cannot reach the page and the total is reported as "more than".
    /// </summary>
    public const int ExactTotalUpTo = 1_000;

    private const int MaxSkip = 100_000;
    private static readonly HashSet<string> DocumentIdOnly = [PassageFields.DocumentId];
    private static readonly HashSet<string> PassageIdOnly = [PassageFields.PassageId];
    private static readonly HashSet<string> DateOnlyField = [PassageFields.Date];
    private static readonly HashSet<string> KindOnlyField = [PassageFields.Kind];

    // Letters first when a question names the inspectorate: a weight so far above the order's 1 that the fusion keeps
    // every letter passage ahead and the order given within each part (measured: 5 already gave the same judged figures).
    private const double LettersFirstWeight = 100;

    // Inspection letters' passages the first page shows, when a query names the inspectorate and letters have all its words.
    private const int LettersOnFirstPage = 5;

    // Recency's weight against the words' 1 when a question asks for the latest ("last time", "most recent"): more than
    // the words', since the latest is what was asked, but a passage far down the words' order does not leap to the top.
    private const double RecencyWeight = 1.5;
    private static readonly (double Share, string How)[] Relaxations = [(QueryCompiler.MostWords, "most"), (0.0, "some")];
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly SnippetBuilder _snippets = new(analyzer);

    // Whether a reader holds a classification outside an allowed list, per reader (readers never change) and list.
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, bool>> _trimming = new();

    /// <summary>
    /// Runs the request with <c>type:</c> resolved against the kinds the index holds, by their stored names only; people's
    /// searches go through <see cref="SearchAsync(SearchRequest, CancellationToken)"/>, which reads the content definitions.
    /// </summary>
    public SearchResults Search(SearchRequest request) => Search(request, null, null);

    /// <summary>
    /// Runs the request within an extra query (a framework theme's saved query): only passages both match are hits,
    /// ranked by the two scores together, and snippets mark the words of both. Filters and trimming apply as in <see cref="Search(SearchRequest)"/>.
    /// </summary>
    public SearchResults Search(SearchRequest request, CompiledQuery scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Search(request, scope, null);
    }

    /// <summary>Runs the request with <c>type:</c> and the request's type resolved through the evidence types of the content definitions (names, plurals, aliases).</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        Search(request, null, await KindsAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>As <see cref="Search(SearchRequest, CompiledQuery)"/>, with types resolved as <see cref="SearchAsync(SearchRequest, CancellationToken)"/> does.</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CompiledQuery scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Search(request, scope, await KindsAsync(cancellationToken).ConfigureAwait(false));
    }

    private async Task<EvidenceKinds?> KindsAsync(CancellationToken cancellationToken) =>
        types is null ? null : new EvidenceKinds(await types.ListAsync(cancellationToken).ConfigureAwait(false));

    private SearchResults Search(SearchRequest request, CompiledQuery? scope, EvidenceKinds? kinds)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryText = request.Query ?? string.Empty;
        if (request.AllowedClassifications is not { Count: > 0 } allowed)
        {
            return SearchResults.Empty(queryText, "Nothing is visible: no classification is allowed for this user.");
        }

        var typed = RequestFilters.Apply(SearchQueryParser.Parse(queryText), request);
        var notes = typed.Notes.ToList();
        try
        {
            return index.Read(searcher =>
            {
                var parsed = typed.Filters.Kinds.Count == 0 ? typed : (kinds ?? EvidenceKinds.InIndex(searcher.IndexReader)).Resolve(typed);
                notes = [.. parsed.Notes];
                // Compiling is inside the boundary too: a flood of expanded exclusions can exceed Lucene's clause limit.
                if (scope is null && !new QueryCompiler(analyzer, glossary.Current).Compile(parsed, allowed).HasText && parsed.Exclusions.Count == 0 && parsed.Filters.IsEmpty)
                {
                    notes.Add(string.IsNullOrWhiteSpace(queryText)
                        ? "Type words to search for."
                        : "The query has no words to search for.");
                    return SearchResults.Empty(queryText, string.Join(' ', notes));
                }

                var results = SearchIn(searcher, parsed, allowed, request, notes, scope);
                if (results.Total == 0 && results.Hits.Count == 0)
                {
                    notes.Add("No passage matches.");
                }

                return results with { Query = queryText, Message = notes.Count == 0 ? null : string.Join(' ', notes) };
            });
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            _logger.QueryTooBroad(ex.Message);
            notes.Add("The query is too broad to run; use fewer or longer words.");
            return SearchResults.Empty(queryText, string.Join(' ', notes));
        }
    }

    /// <summary>Passages of other documents that resemble the given passage, under the same security trimming.</summary>
    public SearchResults MoreLikeThis(string passageId, IReadOnlyCollection<string>? allowedClassifications, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(passageId);
        if (allowedClassifications is not { Count: > 0 } allowed)
        {
            return SearchResults.Empty(passageId, "Nothing is visible: no classification is allowed for this user.");
        }

        return index.Read(searcher =>
        {
            var visible = QueryCompiler.ClassificationQuery(allowed);
            var find = new BooleanQuery
            {
                { new TermQuery(new Term(PassageFields.PassageId, passageId)), Occur.MUST },
                { new ConstantScoreQuery(visible), Occur.MUST },
            };
            var source = searcher.Search(find, 1).ScoreDocs;
            if (source.Length == 0)
            {
                return SearchResults.Empty(passageId, "The passage was not found.");
            }

            var documentId = searcher.Doc(source[0].Doc).Get(PassageFields.DocumentId, CultureInfo.InvariantCulture);
            var similar = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = analyzer,
                FieldNames = [PassageFields.Text],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MaxQueryTerms = 25,
                ApplyBoost = true,
            };
            var like = similar.Like(source[0].Doc);
            var marks = new List<IReadOnlyList<string>>();
            if (like is BooleanQuery terms)
            {
                marks.AddRange(terms.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(t => (IReadOnlyList<string>)[t.Term.Text]));
            }

            var query = new BooleanQuery
            {
                { like, Occur.MUST },
                { new ConstantScoreQuery(QueryCompiler.ClassificationQuery(allowed)) { Boost = 0f }, Occur.MUST },
                { new TermQuery(new Term(PassageFields.DocumentId, documentId)), Occur.MUST_NOT },
            };
            var request = new SearchRequest { Top = top, AllowedClassifications = allowed };
            return Run(searcher, new CompiledQuery(query, marks, 1, HasText: true), request) with { Query = passageId };
        });
    }

    // One search on one reader: words no passage holds are corrected, then the passages with all the content words are
    // ranked first; when they do not fill the page, passages with most of them (about two in three) follow, and only
    // when none has that many, passages with any. Each query is compiled against the reader it runs on, so words are
    // looked for only where they occur (same results, less work), and runs with the look-ups compiling made.
    private SearchResults SearchIn(IndexSearcher searcher, ParsedQuery parsed, IReadOnlyCollection<string> allowed, SearchRequest request, List<string> notes, CompiledQuery? scope = null)
    {
        var terms = PassageSearcher.TermsOf(searcher);
        var trim = NeedsTrimming(searcher.IndexReader, allowed);
        var (query, corrections, unknown, everyday) = TypoCorrector.Correct(parsed, searcher, terms, analyzer, glossary.Current, allowed, trim);
        string? corrected = null;
        if (corrections.Count > 0)
        {
            corrected = Corrected(request.Query ?? string.Empty, corrections);
            notes.Add($"No passage has {string.Join(", ", corrections.Select(c => $"\"{c.Typed}\""))}. Did you mean \"{corrected}\"? Showing passages for it.");
        }

        if (everyday.Count > 0)
        {
            // An everyday word no passage holds is left as typed: said once, before what the other words found.
            notes.Add($"No passage has {string.Join(", ", everyday.Select(w => $"\"{w}\""))}.");
        }

        CompiledQuery Compile(double share)
        {
            var compiled = new QueryCompiler(analyzer, glossary.Current, searcher.IndexReader, terms, index.Filters).Compile(query, allowed, share, trim);
            // Within a theme's saved query: only passages both match are hits, ranked by the two scores together, and
            // snippets mark the words of both; the tiers still count the typed words only.
            return scope is null
                ? compiled
                : compiled with
                {
                    Query = new BooleanQuery { { compiled.Query, Occur.MUST }, { scope.Query, Occur.MUST } },
                    MarkSequences = [.. compiled.MarkSequences, .. scope.MarkSequences],
                    HasText = true,
                };
        }

        var all = Compile(1.0);
        SearchResults results;
        if (request.Sort == SearchSort.Relevance && !request.GroupByDocument)
        {
            // Meaning is asked only when the ranking needs it (no passage has all the words): embedding the query and
            // scanning the vectors is most of a hybrid search's cost, and most searches never use it. A typed word no
            // passage has makes the word search a guess (its "correction", or the word left out): meaning then leads the fusion.
            NoteMeaningPending(query, notes);
            var guessed = corrections.Count > 0 || unknown;
            var meaningWeight = guessed ? options.Value.MeaningWeightForUnknownWords : options.Value.MeaningWeight;
            results = RankTiers(searcher, all, Compile, request, terms, notes, () => Meaningful(searcher, query, parsed, allowed, trim, scope), meaningWeight, AsksMeaning(query) ? ids => MeaningOrder(query, ids) : null, keepWordsBest: !guessed);
        }
        else
        {
            results = Run(searcher, all, request, terms);
            var wanted = request.GroupByDocument ? 1 : Math.Clamp(request.Skip, 0, MaxSkip) + Math.Clamp(request.Top, 0, options.Value.MaxTop);
            if (results.Total < wanted && all.TextClauses > 1)
            {
                foreach (var (share, how) in Relaxations.Where(r => r.Share > 0 || results.Total == 0))
                {
                    var relaxed = Run(searcher, Compile(share), request, terms);
                    if (relaxed.Total > results.Total)
                    {
                        notes.Add(results.Total == 0
                            ? $"No passage has all the words; showing passages with {how} of them."
                            : $"Few passages have all the words; passages with {how} of them are included.");
                        results = relaxed;
                        break;
                    }
                }
            }
        }

        return results with { CorrectedQuery = corrected };
    }

    // QueryCompiler.NeedsTrimming reads the classification terms of every segment; a reader's answer for a list never changes.
    private bool NeedsTrimming(IndexReader reader, IReadOnlyCollection<string> allowed)
    {
        var key = string.Join('\n', allowed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return _trimming.GetValue(reader, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal))
            .GetOrAdd(key, _ => QueryCompiler.NeedsTrimming(reader, allowed));
    }

    // Relevance order, passages: full matches first, then partial ones, one document at most twice on the first page
    // (unless the search is limited to one document), with each shown document's further matches counted.
    private SearchResults RankTiers(IndexSearcher searcher, CompiledQuery all, Func<double, CompiledQuery> compile, SearchRequest request, ReaderTerms terms, List<string> notes, Func<List<ScoreDoc>> meaningful, double meaningWeight, Func<IReadOnlyCollection<string>, Dictionary<string, int>>? meaningOrder, bool keepWordsBest)
    {
        var top = Math.Clamp(request.Top, 0, options.Value.MaxTop);
        var skip = Math.Clamp(request.Skip, 0, MaxSkip);
        var parsedRequest = SearchQueryParser.Parse(request.Query);
        var oneDocument = RequestFilters.Apply(parsedRequest, request).Filters.Documents.Count == 1;
        var asksLatest = FunctionWords.AsksLatest([.. parsedRequest.Clauses.Select(c => c.Alternatives.Count == 1 && !c.Alternatives[0].IsPhrase ? c.Alternatives[0].Text : "")]);
        // The full matches keep their first page apart (a document at most twice) as they are collected; later pages
        // continue in relevance order without what the first page showed.
        // Estimated facets are counted after the search, from a sample of its hits, so the search itself can skip.
        var estimate = request.Facets && request.EstimateFacets;
        var rank = estimate ? request with { Facets = false } : request;
        var ranked = Rank(searcher, all, rank, Math.Max(skip + top, 1), oneDocument ? 0 : top, terms);
        var fullMatches = ranked.Total;
        var full = ranked;
        if (ranked.Total < skip + top && all.TextClauses > 1)
        {
            // Every full match is in hand. Most of the words fill the page; any one of them only when nothing has most.
            // The partial matches come from three pages' worth of candidates, so that a dominant document's extra
            // passages can give way.
            var window = oneDocument ? skip + top : Math.Max(skip + top, 3 * top);
            foreach (var (share, how) in Relaxations.Where(r => r.Share > 0 || ranked.Total == 0))
            {
                var relaxed = compile(share);
                var partial = Rank(searcher, relaxed, rank, Math.Max(window, 1) + ranked.Docs.Length, 0, terms);
                if (partial.Total > ranked.Total)
                {
                    var fullDocs = ranked.Docs.Select(d => d.Doc).ToHashSet();
                    notes.Add(ranked.Total == 0
                        ? $"No passage has all the words; showing passages with {how} of them."
                        : string.Create(CultureInfo.InvariantCulture, $"{ranked.Total} {(ranked.Total == 1 ? "passage has" : "passages have")} all the words; the others shown have {how} of them."));
                    ranked = partial with { Docs = [.. ranked.Docs, .. partial.Docs.Where(d => !fullDocs.Contains(d.Doc))] };
                    break;
                }
            }
        }

        // When some passage has all the words, the words are trusted and meaning adds nothing; when none has, passages
        // close in meaning are fused in. The total still counts passages with the words: meaning adds related ones.
        if (fullMatches == 0 && !request.FacetsOnly && meaningful() is { Count: > 0 } close)
        {
            ranked = Fuse(ranked, close, meaningWeight, keepWordsBest);
            // With no passage holding any of the words, meaning found all that is shown: say that, once.
            notes.Add(ranked.Total == 0
                ? "No passage has these words; the passages shown are close to them in meaning."
                : "Passages close in meaning to the words are included.");
        }
        else if (fullMatches > 1 && options.Value.MeaningWeightAmongFullMatches > 0 && meaningOrder is not null)
        {
            // The window is the page size, not skip + top: every page of one search then sees the same order.
            ranked = AmongTier(searcher, ranked, full, Math.Max(top, 1), oneDocument, ByPassageId(meaningOrder), options.Value.MeaningWeightAmongFullMatches, fullMatches: true);
        }

        if (fullMatches > 1 && asksLatest && !request.FacetsOnly)
        {
            // "What did Ofsted say last time about ...": among the passages with all the words, newer evidence moves up,
            // fused with the order the words (and meaning) gave, so an old passage that answers well is not buried.
            ranked = AmongTier(searcher, ranked, full, Math.Max(top, 1), oneDocument, candidates => NewestFirst(searcher, candidates), RecencyWeight, fullMatches: true);
        }

        if (fullMatches > top && all.NamesInspectorate && !request.FacetsOnly && !oneDocument)
        {
            // Inspection letters' passages with all the words may rank past the first page, below an audit or a report
            // that repeats the words more often: the best of them join the first page, in place of its weakest others.
            (ranked, var joined) = WithLettersOnFirstPage(searcher, ranked, all, rank, top, terms);
            full = full with { Docs = [.. full.Docs, .. joined] };
        }

        if (fullMatches > 1 && all.NamesInspectorate && !request.FacetsOnly)
        {
            // "What did Ofsted say about ...": inspection letters' passages with all the words come first on the first page,
            // each part in the order it had (an audit that repeats the words more often no longer buries Ofsted's own).
            ranked = AmongTier(searcher, ranked, full, Math.Max(top, 1), oneDocument, candidates => LettersFirst(searcher, candidates), LettersFirstWeight, fullMatches: true);
        }

        if (fullMatches > 0 && ranked.Total > fullMatches && meaningWeight > 0 && meaningOrder is not null && !request.FacetsOnly)
        {
            // The passages with most of the words that follow the full matches are the words' weaker guesses: meaning
            // reorders those on the first page among themselves with the weight it has when nothing matches fully.
            ranked = AmongTier(searcher, ranked, full, Math.Max(top, 1), oneDocument, ByPassageId(meaningOrder), meaningWeight, fullMatches: false);
        }

        var ordered = request.FacetsOnly ? [] : oneDocument ? [.. ranked.Docs] : ranked.FirstPage is { } firstPage ? [.. firstPage] : DocumentDiversity.FirstPageFirst(searcher, ranked.Docs, top);
        var page = request.FacetsOnly ? [] : ordered.Skip(skip).Take(top).ToList();
        var documents = page.Select(d => DocumentDiversity.DocumentOf(searcher, d.Doc)).ToList();
        var matches = DocumentDiversity.MatchesOf(searcher, ranked.Weight, page.Select(d => d.Doc));
        var hits = page.Select((d, i) => ToHit(searcher.Doc(d.Doc), d.Score, ranked.Compiled, 1) with
        {
            MoreFromDocument = Math.Max(0, matches.GetValueOrDefault(documents[i]) - documents.Count(x => x == documents[i])),
        }).ToList();
        var facets = request.Facets ? ranked.Facets?.ToFacets() : null;
        var (total, exact) = (ranked.Total, ranked.Exact);
        int? estimatedTotal = null;
        if (estimate)
        {
            // Fewer hits than the search counts exactly are counted exactly here too.
            var (sample, stride) = FacetSample.Count(searcher, ranked.Weight, sample: !ranked.Exact, options.Value.FacetSampleHits);
            facets = sample.ToFacets(stride);
            if (stride == 1)
            {
                (total, exact) = (sample.Hits, true);
            }
            else
            {
                estimatedTotal = Math.Max(ranked.Total, sample.Hits * stride);
            }
        }

        return new SearchResults(request.Query ?? string.Empty, total, hits, facets, null)
        {
            TotalIsLowerBound = !exact,
            EstimatedTotal = estimatedTotal,
        };
    }

    // The top passages by relevance (and, given a first page's size, that page's passages kept a document at most twice),
    // counting every hit (and its facets) when facets are asked for, else skipping what cannot reach them once enough
    // are counted.
    private Ranked Rank(IndexSearcher searcher, CompiledQuery compiled, SearchRequest request, int size, int firstPage, ReaderTerms terms)
    {
        var relevance = new RelevanceCollector(size, firstPage);
        var weight = PrunedSearch.WeightOf(searcher, compiled.Query, index.BlockMaxima, terms);
        if (request.Facets)
        {
            var facets = new FacetCollector();
            PassageSearcher.Collect(searcher, weight, MultiCollector.Wrap(relevance, facets));
            return new Ranked(relevance.TopDocs(), facets.Hits, true, facets, weight, compiled, firstPage > 0 ? relevance.FirstPageFirst() : null);
        }

        var exact = PrunedSearch.Run(searcher, compiled.Query, weight, relevance, index.BlockMaxima, Math.Max(ExactTotalUpTo, size), terms);
        return new Ranked(relevance.TopDocs(), exact ? relevance.TotalHits : Math.Max(ExactTotalUpTo, size), exact, null, weight, compiled, firstPage > 0 ? relevance.FirstPageFirst() : null);
    }

    // Passages close in meaning to the query's words (not for quoted phrases: a quote asks for those words), among those
    // the query's filters, exclusions and the searcher's classifications permit, as Lucene docs with their similarity.
    private bool AsksMeaning(ParsedQuery query) =>
        meaning is { Enabled: true } && query.Clauses.Count > 0 && !query.Clauses.Any(c => c.Alternatives.Any(a => a.IsPhrase));

    private void NoteMeaningPending(ParsedQuery query, List<string> notes)
    {
        if (AsksMeaning(query) && meaning!.Pending is > 0 and var pending)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Meaning search is still catching up: {pending} passages are not yet included in it."));
        }
    }

    private List<ScoreDoc> Meaningful(IndexSearcher searcher, ParsedQuery query, ParsedQuery typed, IReadOnlyCollection<string> allowed, bool trim, CompiledQuery? scope)
    {
        if (!AsksMeaning(query))
        {
            return [];
        }

        // The words as typed, not as the typo corrector read them: a word no passage has ("truancy") is no typo to the
        // model, which knows it, and its "correction" ("try") would mislead it.
        var words = string.Join(' ', typed.Clauses.SelectMany(c => c.Alternatives).Select(a => a.Text));
        // A narrowed search takes no feedback: the nearest passages of the whole index may be ones the searcher may not
        // see, and what they say must not move the order of what is shown.
        var narrowed = trim || scope is not null || !query.Filters.IsEmpty || query.Exclusions.Count > 0;
        var nearest = meaning!.Nearest(words, MeaningCandidates, feedback: !narrowed, CancellationToken.None);
        if (nearest.Count == 0)
        {
            return [];
        }

        // The same filters, exclusions and trimming as the word search: the query without its words.
        var permitted = new QueryCompiler(analyzer, glossary.Current, filters: index.Filters).Compile(query with { Clauses = [] }, allowed, 1.0, trim).Query;
        var filter = new BooleanQuery { { new ConstantScoreQuery(permitted), Occur.MUST } };
        if (scope is not null)
        {
            filter.Add(new ConstantScoreQuery(scope.Query), Occur.MUST);
        }

        var found = Meaning.PassageDocs.Find(searcher, nearest, filter);
        if (narrowed && found.Count < MeaningCandidates / 4 && nearest.Count == MeaningCandidates)
        {
            found = Meaning.PassageDocs.Find(searcher, meaning.Nearest(words, NarrowedMeaningCandidates, feedback: false, CancellationToken.None), filter);
        }

        // The margin is measured from the nearest passage the search may show, not from one it leaves out: measured from
        // those, a narrowed search was left with nothing close enough (or nothing at all) among what it permits.
        if (found.Count == 0)
        {
            return found;
        }

        var floor = found[0].Score - MeaningMargin;
        return [.. found.TakeWhile(d => d.Score >= floor).Take(MeaningCandidates)];
    }

    // The given passages in order of meaning, nearest first (rank 0), for the words the search ran with: with a typed
    // word no passage has, the full matches are matches of its correction, and the correction is what they are near.
    private Dictionary<string, int> MeaningOrder(ParsedQuery query, IReadOnlyCollection<string> passageIds)
    {
        var words = string.Join(' ', query.Clauses.SelectMany(c => c.Alternatives).Select(a => a.Text));
        return meaning!.Order(words, passageIds, CancellationToken.None)
            .Select((n, i) => (n.PassageId, Rank: i)).ToDictionary(n => n.PassageId, n => n.Rank, StringComparer.Ordinal);
    }

    // When several passages have all the words, meaning reorders the first page's candidates among them (reciprocal rank
    // fusion of their word order and their meaning order); partial matches stay after them, reordered the same way among
    // themselves. Measured on the relevance harness: a passage that answers the query often shares its words with
    // passages that merely mention them, and the model tells those apart where term weights cannot.
    private static Ranked AmongTier(IndexSearcher searcher, Ranked ranked, Ranked full, int top, bool oneDocument, Func<IReadOnlyList<(ScoreDoc Hit, string PassageId)>, Dictionary<string, int>> order, double weight, bool fullMatches)
    {
        // The first page as the words and diversity give it; only the tier's passages on it change places among
        // themselves, so the page holds the same passages and every later page of the search stays as it was.
        List<ScoreDoc> ordered = oneDocument ? [.. ranked.Docs] : ranked.FirstPage is { } firstPage ? [.. firstPage] : DocumentDiversity.FirstPageFirst(searcher, ranked.Docs, top);
        var fullDocs = (full.FirstPage ?? []).Concat(full.Docs).Select(d => d.Doc).ToHashSet();
        var head = ordered.Take(top).ToList();
        var slots = Enumerable.Range(0, head.Count).Where(i => fullDocs.Contains(head[i].Doc) == fullMatches).ToList();
        if (slots.Count < 2)
        {
            return ranked;
        }

        var candidates = slots
            .Select(i => (Hit: head[i], PassageId: searcher.Doc(head[i].Doc, PassageIdOnly).Get(PassageFields.PassageId, CultureInfo.InvariantCulture))).ToList();
        var near = order(candidates);
        if (near.Count == 0)
        {
            return ranked;
        }

        var fused = candidates
            .Select((c, i) => (c.Hit, Score: (1.0 / (FusionK + i + 1)) + (near.TryGetValue(c.PassageId, out var m) ? weight / (FusionK + m + 1) : 0)))
            .OrderByDescending(f => f.Score).ThenBy(f => f.Hit.Doc).Select(f => f.Hit).ToList();
        for (var i = 0; i < slots.Count; i++)
        {
            head[slots[i]] = fused[i];
        }

        return oneDocument
            ? ranked with { Docs = [.. head, .. ordered.Skip(top)] }
            : ranked with { FirstPage = [.. head, .. ordered.Skip(top)] };
    }

    private static Func<IReadOnlyList<(ScoreDoc Hit, string PassageId)>, Dictionary<string, int>> ByPassageId(Func<IReadOnlyCollection<string>, Dictionary<string, int>> order) =>
        candidates => order([.. candidates.Select(c => c.PassageId).Distinct(StringComparer.Ordinal)]);

    // The first page with up to LettersOnFirstPage inspection letters' passages (a letter at most twice): those it has,
    // then the best letter passages of all the full matches in place of its last passages that are not from letters,
    // which open the next page. The letters' search is the same query limited to letters, so every page of one search
    // sees the same first page.
    private (Ranked Ranked, List<ScoreDoc> Joined) WithLettersOnFirstPage(IndexSearcher searcher, Ranked ranked, CompiledQuery all, SearchRequest request, int top, ReaderTerms terms)
    {
        List<ScoreDoc> ordered = ranked.FirstPage is { } firstPage ? [.. firstPage] : DocumentDiversity.FirstPageFirst(searcher, ranked.Docs, top);
        var head = ordered.Take(top).ToList();
        bool IsLetter(ScoreDoc hit) => IsLetterPassage(searcher, hit.Doc);
        var wanted = Math.Min(LettersOnFirstPage, top) - head.Count(IsLetter);
        if (wanted <= 0)
        {
            return (ranked, []);
        }

        var lettersOnly = new BooleanQuery
        {
            { all.Query, Occur.MUST },
            { new ConstantScoreQuery(new TermQuery(new Term(PassageFields.Kind, QueryCompiler.LetterKind))) { Boost = 0 }, Occur.MUST },
        };
        var letters = Rank(searcher, all with { Query = lettersOnly }, request with { Facets = false }, top, top, terms);
        var onPage = head.Select(d => d.Doc).ToHashSet();
        var perDocument = head.GroupBy(d => DocumentDiversity.DocumentOf(searcher, d.Doc), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var joining = new List<ScoreDoc>();
        foreach (var hit in (letters.FirstPage ?? letters.Docs).TakeWhile(_ => joining.Count < wanted))
        {
            var document = DocumentDiversity.DocumentOf(searcher, hit.Doc);
            if (onPage.Contains(hit.Doc) || perDocument.GetValueOrDefault(document) >= DocumentDiversity.PerDocument)
            {
                continue;
            }

            joining.Add(hit);
            perDocument[document] = perDocument.GetValueOrDefault(document) + 1;
        }

        var leaving = head.Where(d => !IsLetter(d)).TakeLast(joining.Count).Select(d => d.Doc).ToHashSet();
        if (joining.Count == 0 || leaving.Count < joining.Count)
        {
            return (ranked, []);
        }

        var joined = joining.Select(d => d.Doc).ToHashSet();
        return (ranked with
        {
            FirstPage =
            [
                .. head.Where(d => !leaving.Contains(d.Doc)), .. joining,
                .. head.Where(d => leaving.Contains(d.Doc)), .. ordered.Skip(top).Where(d => !joined.Contains(d.Doc)),
            ],
        }, joining);
    }

    // The candidates with inspection letters' passages first, each part in the order given.
    private static Dictionary<string, int> LettersFirst(IndexSearcher searcher, IReadOnlyList<(ScoreDoc Hit, string PassageId)> candidates) =>
        candidates
            .Select((c, i) => (c.PassageId, Letter: IsLetterPassage(searcher, c.Hit.Doc), Order: i))
            .DistinctBy(c => c.PassageId, StringComparer.Ordinal)
            .OrderBy(c => c.Letter ? 0 : 1).ThenBy(c => c.Order)
            .Select((c, i) => (c.PassageId, Rank: i))
            .ToDictionary(c => c.PassageId, c => c.Rank, StringComparer.Ordinal);

    // A letter's passage, or a passage of a letter embedded in another document (an agenda pack's Ofsted letter), which
    // carries the letter's kind beside its document's.
    private static bool IsLetterPassage(IndexSearcher searcher, int doc) =>
        searcher.Doc(doc, KindOnlyField).GetValues(PassageFields.Kind, CultureInfo.InvariantCulture).Contains(QueryCompiler.LetterKind, StringComparer.Ordinal);

    // The candidates newest first (rank 0), by their document's date; undated ones after every dated one.
    private static Dictionary<string, int> NewestFirst(IndexSearcher searcher, IReadOnlyList<(ScoreDoc Hit, string PassageId)> candidates) =>
        candidates
            .Select(c => (c.PassageId, Date: searcher.Doc(c.Hit.Doc, DateOnlyField).Get(PassageFields.Date, CultureInfo.InvariantCulture) ?? ""))
            .DistinctBy(c => c.PassageId, StringComparer.Ordinal)
            .OrderByDescending(c => c.Date, StringComparer.Ordinal)
            .Select((c, i) => (c.PassageId, Rank: i))
            .ToDictionary(c => c.PassageId, c => c.Rank, StringComparer.Ordinal);

    // Reciprocal rank fusion: each list adds weight / (k + rank); passages only meaning found join the list.
    // Meaning's weight is above the words', so every passage in meaning's list outranks one only the words found: the
    // words' first passage, when meaning did not list it, could fall past the page. When every typed word is in the
    // index as typed (the words' order is no guess), it keeps a place near the top (WordsBestPlace).
    private static Ranked Fuse(Ranked words, List<ScoreDoc> meaningful, double weight, bool keepWordsBest)
    {
        var fused = new Dictionary<int, double>();
        for (var i = 0; i < words.Docs.Length; i++)
        {
            fused[words.Docs[i].Doc] = 1.0 / (FusionK + i + 1);
        }

        for (var i = 0; i < meaningful.Count; i++)
        {
            var doc = meaningful[i].Doc;
            fused[doc] = fused.GetValueOrDefault(doc) + (weight / (FusionK + i + 1));
        }

        var docs = fused.OrderByDescending(f => f.Value).ThenBy(f => f.Key).Select(f => new ScoreDoc(f.Key, (float)Math.Max(0, f.Value * 100))).ToList();
        if (keepWordsBest && words.Docs.Length > 0 && docs.FindIndex(d => d.Doc == words.Docs[0].Doc) is var at && at >= WordsBestPlace)
        {
            // It takes the score of the passage it moves past, so scores stay in order.
            var best = docs[at];
            docs.RemoveAt(at);
            docs.Insert(WordsBestPlace - 1, new ScoreDoc(best.Doc, docs[WordsBestPlace - 1].Score));
        }

        return words with { Docs = [.. docs], FirstPage = null };
    }

    private static string Corrected(string typed, IReadOnlyList<(string Typed, string Suggested)> corrections)
    {
        var text = typed;
        foreach (var (word, suggestion) in corrections)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            text = at < 0 ? text : string.Concat(text.AsSpan(0, at), suggestion, text.AsSpan(at + word.Length));
        }

        return text;
    }

    // Docs in relevance order; FirstPage, when kept, the same with the first page's passages first.
    private sealed record Ranked(ScoreDoc[] Docs, int Total, bool Exact, FacetCollector? Facets, Weight Weight, CompiledQuery Compiled, ScoreDoc[]? FirstPage);

    private SearchResults Run(IndexSearcher searcher, CompiledQuery compiled, SearchRequest request, ReaderTerms? terms = null)
    {
        var top = Math.Clamp(request.Top, 0, options.Value.MaxTop);
        var skip = Math.Clamp(request.Skip, 0, MaxSkip);
        var wanted = request.GroupByDocument
            ? Math.Min(Math.Max(searcher.IndexReader.MaxDoc, 1), MaxGroupedPassages)
            : skip + top;
        var facets = new FacetCollector();
        // Facets and grouping read doc values for every hit; a plain page of hits needs only the top collector's count.
        var countAll = request.Facets || request.GroupByDocument;
        ScoreDoc[] scoreDocs;
        int totalHits;
        var exact = true;
        terms ??= PassageSearcher.TermsOf(searcher);
        // Searches that visit every hit still match phrases from their kept passages rather than from word positions
        // (same hits, same scores).
        LuceneQuery EveryHit() => KeptPhraseQuery.Substitute(compiled.Query, index.BlockMaxima, terms);
        if (request.Sort == SearchSort.Relevance)
        {
            var relevance = new RelevanceCollector(Math.Max(wanted, 1));
            if (countAll)
            {
                searcher.Search(EveryHit(), MultiCollector.Wrap(relevance, facets));
            }
            else
            {
                exact = PrunedSearch.Run(searcher, compiled.Query, relevance, index.BlockMaxima, Math.Max(ExactTotalUpTo, wanted), terms);
            }

            scoreDocs = relevance.TopDocs();
            totalHits = relevance.TotalHits;
        }
        else
        {
            var byDate = TopFieldCollector.Create(SortFor(request.Sort), Math.Max(wanted, 1), true, true, false, false);
            searcher.Search(EveryHit(), countAll ? MultiCollector.Wrap(byDate, facets) : byDate);
            var topDocs = byDate.GetTopDocs();
            scoreDocs = topDocs.ScoreDocs;
            totalHits = topDocs.TotalHits;
        }

        var hits = new List<SearchHit>();
        int total;
        if (request.GroupByDocument)
        {
            var counts = facets.DocumentCounts;
            total = counts.Count;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var scoreDoc in scoreDocs)
            {
                if (hits.Count >= top || request.FacetsOnly)
                {
                    break;
                }

                var documentId = searcher.Doc(scoreDoc.Doc, DocumentIdOnly).Get(PassageFields.DocumentId, CultureInfo.InvariantCulture);
                if (seen.Add(documentId) && seen.Count > skip)
                {
                    hits.Add(ToHit(searcher.Doc(scoreDoc.Doc), scoreDoc.Score, compiled, counts.GetValueOrDefault(documentId, 1)));
                }
            }
        }
        else
        {
            // Past the exact count the total says "at least": the count the search made sure of, not how far it happened to get.
            total = countAll ? facets.Hits : exact ? totalHits : Math.Max(ExactTotalUpTo, wanted);
            hits.AddRange(scoreDocs.Skip(skip).Take(request.FacetsOnly ? 0 : top).Select(d => ToHit(searcher.Doc(d.Doc), d.Score, compiled, 1)));
        }

        return new SearchResults(request.Query ?? string.Empty, total, hits, request.Facets ? facets.ToFacets() : null, null) { TotalIsLowerBound = !exact };
    }

    private SearchHit ToHit(Document document, float score, CompiledQuery compiled, int matchingPassages)
    {
        var text = document.Get(PassageFields.Text, CultureInfo.InvariantCulture) ?? string.Empty;
        var snippet = _snippets.Build(text, compiled.MarkSequences);
        var date = document.Get(PassageFields.Date, CultureInfo.InvariantCulture);
        return new SearchHit(
            document.Get(PassageFields.DocumentId, CultureInfo.InvariantCulture),
            document.Get(PassageFields.VersionId, CultureInfo.InvariantCulture),
            document.Get(PassageFields.Title, CultureInfo.InvariantCulture) ?? string.Empty,
            document.Get(PassageFields.Kind, CultureInfo.InvariantCulture) ?? string.Empty,
            date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            document.Get(PassageFields.Organisation, CultureInfo.InvariantCulture),
            document.Get(PassageFields.SourceFile, CultureInfo.InvariantCulture),
            document.GetField(PassageFields.PageFrom)?.GetInt32Value() ?? 0,
            document.GetField(PassageFields.PageTo)?.GetInt32Value() ?? 0,
            document.Get(PassageFields.PassageId, CultureInfo.InvariantCulture),
            document.Get(PassageFields.HeadingPath, CultureInfo.InvariantCulture) ?? string.Empty,
            float.IsNaN(score) ? 0f : score,
            snippet.Html,
            snippet.Plain,
            text,
            document.Get(PassageFields.IsFinding, CultureInfo.InvariantCulture) is not null,
            matchingPassages)
        {
            // A part's kind is stored after the document's (PassageDocumentBuilder).
            PartKind = document.GetValues(PassageFields.Kind, CultureInfo.InvariantCulture) is [_, var part, ..] ? part : null,
        };
    }

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(new SortField(PassageFields.DateNumber, SortFieldType.INT32, true), SortField.FIELD_SCORE),
        SearchSort.Oldest => new Sort(OldestFirst(), SortField.FIELD_SCORE),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "relevance is collected by RelevanceCollector"),
    };

    // Undated passages go last when the oldest come first.
    private static SortField OldestFirst()
    {
        var field = new SortField(PassageFields.DateNumber, SortFieldType.INT32, false);
        field.SetMissingValue(int.MaxValue);
        return field;
    }
}
