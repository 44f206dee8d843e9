package org.hindinlp.ner.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.internal.Acronyms;

/**
 * Turns a sentence into hashed features, one {@code long[]} per token.
 *
 * <p>Templates (version {@link #VERSION}): bias; the token (canonical, Latin lower-cased) and its
 * search form; prefixes and suffixes of length 1–4; shape and script; the search forms of the
 * tokens at −2, −1, +1, +2 and their 2- and 3-letter suffixes; the bigrams (−1, 0) and (0, +1);
 * postposition before or after; title cue at −1 or −2; organisation and place head word at +1,
 * +2 or on the token; decoded Devanagari acronym; word-cluster path prefixes 4, 6, 10 and the full
 * path of the token and 6 and 10 of its neighbours; list tags of the token and its neighbours from
 * a {@link GazetteerFeatures} hook.
 */
final class FeatureExtractor {

  /** Bumped whenever a template changes; stored in the model header and checked at load. */
  static final int VERSION = 1;

  private static final String BOS = "<S>";
  private static final String EOS = "</S>";

  static final Set<String> POSTPOSITIONS =
      Set.of("ने", "को", "से", "का", "की", "के", "में", "पर", "तक", "द्वारा", "वाले", "वाली", "वाला");

  static final Set<String> TITLES =
      Set.of(
          "श्री", "श्रीमती", "सुश्री", "डॉ", "डॉ.", "डा.", "डॉक्टर", "प्रो.", "प्रोफेसर", "राष्ट्रपति",
          "उपराष्ट्रपति", "प्रधानमंत्री", "मुख्यमंत्री", "मंत्री", "उपमुख्यमंत्री", "राज्यपाल",
          "प्रवक्ता", "नेता", "अध्यक्ष", "उपाध्यक्ष", "सचिव", "महासचिव", "सांसद", "विधायक", "जनरल",
          "न्यायाधीश", "न्यायमूर्ति", "राजदूत", "निदेशक", "कप्तान", "कोच", "अभिनेता", "अभिनेत्री",
          "लेखक", "कवि", "संवाददाता", "सीईओ", "चांसलर", "सम्राट", "राजा", "रानी", "संत", "स्वामी",
          "पत्नी", "पति", "बेटे", "बेटी", "पुत्र", "पुत्री", "कमांडर", "एडमिरल", "मेजर", "कर्नल");

  static final Set<String> ORG_HEADS =
      Set.of(
          "मंत्रालय", "विभाग", "आयोग", "पार्टी", "सेना", "बैंक", "विश्वविद्यालय", "एजेंसी", "परिषद",
          "संघ", "संगठन", "समिति", "बोर्ड", "निगम", "प्राधिकरण", "न्यायालय", "कोर्ट", "कंपनी",
          "लिमिटेड", "संस्थान", "कॉलेज", "महाविद्यालय", "अकादमी", "ट्रस्ट", "फाउंडेशन", "मोर्चा",
          "दल", "सभा", "बल", "पुलिस", "क्लब", "टीम", "यूनिवर्सिटी", "ब्यूरो", "मिशन", "सोसाइटी",
          "एसोसिएशन", "लीग", "कांग्रेस", "मंडल", "प्रतिष्ठान", "कॉर्पोरेशन", "इंस्टीट्यूट", "विद्यालय",
          "स्कूल", "समाचार", "सरकार", "नौसेना", "वायुसेना", "कमान", "केंद्र", "संस्था", "फेडरेशन");

  static final Set<String> PLACE_HEADS =
      Set.of(
          "नगर", "जिला", "जिले", "ज़िला", "ज़िले", "राज्य", "नदी", "पर्वत", "शहर", "गांव", "गाँव",
          "झील", "सागर", "महासागर", "द्वीप", "प्रदेश", "प्रांत", "क्षेत्र", "घाटी", "पहाड़ी",
          "स्टेशन", "हवाई", "मार्ग", "रोड", "चौक", "मंदिर", "किला", "महल", "पार्क");


  static final Set<String> EXP = Set.of(System.getProperty("hnlp.exp", "").split(","));

  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();

  private final WordClusters clusters;

  FeatureExtractor(WordClusters clusters) {
    this.clusters = clusters;
  }

  WordClusters clusters() {
    return clusters;
  }

  /**
   * Per-token information, computed once per distinct token and cached. The features of a token
   * fall into five groups: its own, and those it gives the token two before, one before, one after
   * and two after it ({@link #OWN}, {@link #AS_NEXT2}…); only the bigrams and list tags depend on
   * two tokens at once. A model caches the summed weights of each group in {@link #weights}.
   */
  static final class Tok {
    final String w; // canonical, Latin lower-cased
    final String s; // search form
    final String shape;
    final String scriptLen;
    final String cluster; // may be null
    final String cluster2; // may be null
    final String acronym; // may be null
    final boolean post;
    final boolean title;
    final boolean orgHead;
    final boolean placeHead;
    final int sentinel; // 0 a token, 1 sentence start, 2 sentence end
    /** Summed weights per group, {@code [5 * labels]}, filled by the model that owns the cache. */
    volatile float[] weights;

    Tok(String token, WordClusters clusters) {
      w = hasUpper(token) ? token.toLowerCase(Locale.ROOT) : token;
      s = SEARCH.normalizeToString(w);
      shape = shape(token);
      scriptLen = script(shape) + Math.min(w.length(), 8);
      cluster = clusters.path(s);
      cluster2 = clusters.path2(s);
      acronym = Acronyms.decode(s);
      post = POSTPOSITIONS.contains(w);
      title = TITLES.contains(w);
      orgHead = ORG_HEADS.contains(w);
      placeHead = PLACE_HEADS.contains(w);
      sentinel = 0;
    }

    private Tok(String mark, int sentinel) {
      w = mark;
      s = mark;
      shape = "";
      scriptLen = "";
      cluster = null;
      cluster2 = null;
      acronym = null;
      post = false;
      title = false;
      orgHead = false;
      placeHead = false;
      this.sentinel = sentinel;
    }
  }

  /** Feature groups of a token, by the position of the token it describes. */
  static final int OWN = 0;
  static final int AS_NEXT2 = 1; // this token is two before the described one (its −2)
  static final int AS_NEXT1 = 2; // −1
  static final int AS_PREV1 = 3; // +1
  static final int AS_PREV2 = 4; // +2
  static final int GROUPS = 5;

  /** Sentence edges (per extractor, as each model caches weights in its tokens). */
  final Tok start = new Tok(BOS, 1);
  final Tok end = new Tok(EOS, 2);

  private static final int CACHE_LIMIT = 50_000;
  private final ConcurrentHashMap<String, Tok> cache = new ConcurrentHashMap<>(1 << 14);

  Tok tok(String token) {
    Tok t = cache.get(token);
    if (t == null) {
      t = new Tok(token, clusters);
      if (cache.size() < CACHE_LIMIT) {
        Tok prev = cache.putIfAbsent(token, t);
        if (prev != null) {
          t = prev;
        }
      }
    }
    return t;
  }

  Tok[] toks(List<String> tokens) {
    Tok[] t = new Tok[tokens.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = tok(tokens.get(i));
    }
    return t;
  }

  /** The hashed features of one group of a token (or sentinel). */
  static long[] group(Tok c, int group) {
    long[] buf = new long[96];
    int k = 0;
    String s = c.s;
    switch (group) {
      case OWN -> {
        String w = c.w;
        buf[k++] = h(1, "");
        buf[k++] = h(2, w);
        buf[k++] = h(3, s);
        int len = w.length();
        for (int a = 1; a <= 4 && a < len; a++) {
          buf[k++] = h(3 + a, w, 0, a);
          buf[k++] = h(7 + a, w, len - a, len);
        }
        buf[k++] = h(12, c.shape);
        buf[k++] = h(13, c.scriptLen);
        if (c.title) {
          buf[k++] = h(30, "");
        }
        if (c.orgHead) {
          buf[k++] = h(33, "");
        }
        if (c.placeHead) {
          buf[k++] = h(35, "");
        }
        if (c.acronym != null) {
          buf[k++] = h(36, "");
          buf[k++] = h(37, c.acronym);
        }
        if (c.cluster != null) {
          String b = c.cluster;
          buf[k++] = h(38, b, 0, Math.min(4, b.length()));
          buf[k++] = h(39, b, 0, Math.min(6, b.length()));
          buf[k++] = h(40, b, 0, Math.min(10, b.length()));
          buf[k++] = h(41, b);
        } else {
          buf[k++] = h(42, script(c.shape));
        }
        if (EXP.contains("cgran") && c.cluster != null) {
          String b = c.cluster;
          buf[k++] = h(60, b, 0, Math.min(2, b.length()));
          buf[k++] = h(61, b, 0, Math.min(8, b.length()));
          buf[k++] = h(62, b, 0, Math.min(12, b.length()));
        }
        if (EXP.contains("c2") && c.cluster2 != null) {
          String b = c.cluster2;
          buf[k++] = h(63, b, 0, Math.min(4, b.length()));
          buf[k++] = h(64, b, 0, Math.min(8, b.length()));
          buf[k++] = h(65, b, 0, Math.min(12, b.length()));
          buf[k++] = h(66, b);
        }
        if (EXP.contains("ngram") && c.sentinel == 0) {
          String x = "^" + w + "$";
          int nmax = Integer.getInteger("hnlp.nmax", 4);
          int nmin = Integer.getInteger("hnlp.nmin", 2);
          for (int n = nmin; n <= nmax; n++) {
            for (int a = 1; a + n <= x.length() - 1 && k < buf.length - 30; a++) {
              buf[k++] = h(70 + n, x, a, a + n); // inside the word
            }
          }
        }
      }
      case AS_NEXT1 -> {
        buf[k++] = h(14, s);
        buf[k++] = h(18, s, Math.max(0, s.length() - 3), s.length());
        buf[k++] = h(20, s, Math.max(0, s.length() - 2), s.length());
        if (c.sentinel == 1) {
          buf[k++] = h(47, "");
        }
        if (c.post) {
          buf[k++] = h(27, "");
        }
        if (c.title) {
          buf[k++] = h(28, "");
        }
        if (c.sentinel == 0) {
          k = neighbourCluster(buf, k, 43, c.cluster);
          if (EXP.contains("c2n") && c.cluster2 != null) {
            buf[k++] = h(67, c.cluster2, 0, Math.min(8, c.cluster2.length()));
          }
        }
      }
      case AS_NEXT2 -> {
        buf[k++] = h(15, s);
        buf[k++] = h(22, s, Math.max(0, s.length() - 2), s.length());
        if (c.title) {
          buf[k++] = h(29, "");
        }
      }
      case AS_PREV1 -> {
        buf[k++] = h(16, s);
        buf[k++] = h(19, s, Math.max(0, s.length() - 3), s.length());
        buf[k++] = h(21, s, Math.max(0, s.length() - 2), s.length());
        if (c.post) {
          buf[k++] = h(26, "");
        }
        if (c.orgHead) {
          buf[k++] = h(31, "");
        }
        if (c.placeHead) {
          buf[k++] = h(34, "");
        }
        if (c.sentinel == 0) {
          k = neighbourCluster(buf, k, 45, c.cluster);
          if (EXP.contains("c2n") && c.cluster2 != null) {
            buf[k++] = h(68, c.cluster2, 0, Math.min(8, c.cluster2.length()));
          }
        }
      }
      case AS_PREV2 -> {
        buf[k++] = h(17, s);
        buf[k++] = h(23, s, Math.max(0, s.length() - 2), s.length());
        if (c.orgHead) {
          buf[k++] = h(32, "");
        }
      }
      default -> throw new IllegalArgumentException("group " + group);
    }
    return Arrays.copyOf(buf, k);
  }

  /** The token at {@code i}, or a sentinel outside the sentence. */
  Tok at(Tok[] t, int i) {
    return i < 0 ? start : i >= t.length ? end : t[i];
  }

  /** Features that depend on two tokens (bigrams) or on the sentence (list tags). */
  long[] contextual(Tok[] t, int i, List<List<String>> gaz) {
    long[] buf = new long[8];
    int k = 0;
    buf[k++] = h2(24, at(t, i - 1).s, t[i].s);
    buf[k++] = h2(25, t[i].s, at(t, i + 1).s);
    if (EXP.contains("w3")) {
      buf = Arrays.copyOf(buf, buf.length + 8);
      buf[k++] = h(80, at(t, i - 3).s);
      buf[k++] = h(81, at(t, i + 3).s);
    }
    if (EXP.contains("conj")) {
      buf = Arrays.copyOf(buf, buf.length + 8);
      Tok c = t[i];
      Tok nx = at(t, i + 1);
      Tok pv = at(t, i - 1);
      String cl = c.cluster == null ? "-" : c.cluster.substring(0, Math.min(6, c.cluster.length()));
      if (nx.post) {
        buf[k++] = h2(82, cl, nx.s);
        buf[k++] = h2(83, c.s.substring(Math.max(0, c.s.length() - 2)), nx.s);
      }
      if (pv.title) {
        buf[k++] = h(84, cl);
      }
    }
    if (gaz != null) {
      int n = t.length;
      k = gazetteer(buf = grow(buf, k, gaz.get(i)), k, 48, gaz.get(i));
      if (i >= 1) {
        k = gazetteer(buf = grow(buf, k, gaz.get(i - 1)), k, 49, gaz.get(i - 1));
      }
      if (i + 1 < n) {
        k = gazetteer(buf = grow(buf, k, gaz.get(i + 1)), k, 50, gaz.get(i + 1));
      }
      if (EXP.contains("gaz2")) {
        if (i >= 2) {
          k = gazetteerType(buf = grow(buf, k, gaz.get(i - 2)), k, 51, gaz.get(i - 2));
        }
        if (i + 2 < n) {
          k = gazetteerType(buf = grow(buf, k, gaz.get(i + 2)), k, 52, gaz.get(i + 2));
        }
      }
    }
    return Arrays.copyOf(buf, k);
  }

  private static long[] grow(long[] buf, int k, List<String> tags) {
    int need = k + 2 * (tags == null ? 0 : tags.size()) + 2;
    return need <= buf.length ? buf : Arrays.copyOf(buf, Math.max(need, buf.length * 2));
  }

  /** List tags of a sentence, checked for size; null when none. */
  static List<List<String>> gazetteerTags(List<String> tokens, GazetteerFeatures gazetteer) {
    List<List<String>> gaz = gazetteer == null ? null : gazetteer.tags(tokens);
    if (gaz != null && gaz.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "gazetteer returned " + gaz.size() + " tag lists for " + tokens.size() + " tokens");
    }
    return gaz;
  }

  /** All features of every token (training). */
  long[][] extract(List<String> tokens, GazetteerFeatures gazetteer) {
    Tok[] t = toks(tokens);
    List<List<String>> gaz = gazetteerTags(tokens, gazetteer);
    long[][] out = new long[t.length][];
    for (int i = 0; i < t.length; i++) {
      long[][] parts = {
        group(t[i], OWN),
        group(at(t, i - 2), AS_NEXT2),
        group(at(t, i - 1), AS_NEXT1),
        group(at(t, i + 1), AS_PREV1),
        group(at(t, i + 2), AS_PREV2),
        contextual(t, i, gaz)
      };
      int len = 0;
      for (long[] p : parts) {
        len += p.length;
      }
      long[] all = new long[len];
      int k = 0;
      for (long[] p : parts) {
        System.arraycopy(p, 0, all, k, p.length);
        k += p.length;
      }
      out[i] = all;
    }
    return out;
  }

  private static int neighbourCluster(long[] buf, int k, int template, String b) {
    if (b == null) {
      buf[k++] = h(template, "-");
    } else {
      buf[k++] = h(template, b, 0, Math.min(6, b.length()));
      buf[k++] = h(template + 1, b, 0, Math.min(10, b.length()));
    }
    return k;
  }

  private static int gazetteer(long[] buf, int k, int template, List<String> tags) {
    if (tags == null) {
      return k;
    }
    for (String tag : tags) {
      buf[k++] = h(template, tag);
      int at = tag.indexOf('@');
      buf[k++] = h(template, tag, 0, at < 0 ? tag.length() : at); // type and position, any list
    }
    return k;
  }

  private static int gazetteerType(long[] buf, int k, int template, List<String> tags) {
    if (tags == null) {
      return k;
    }
    for (String tag : tags) {
      int at = tag.indexOf('@');
      buf[k++] = h(template, tag, 0, at < 0 ? tag.length() : at);
    }
    return k;
  }

  private static boolean hasUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** X upper Latin, x lower Latin, D Devanagari letter, m Devanagari sign, 9 digit; runs collapsed. */
  static String shape(String token) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < token.length(); i++) {
      char ch = token.charAt(i);
      char c;
      if (Character.isDigit(ch)) {
        c = '9';
      } else if (ch >= 0x0900 && ch <= 0x097F) {
        int type = Character.getType(ch);
        c = (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) ? 'm' : 'D';
        if (ch == '।' || ch == '॥') {
          c = '।';
        }
      } else if (Character.isLetter(ch)) {
        c = Character.isUpperCase(ch) ? 'X' : 'x';
      } else {
        c = ch;
      }
      if (c == 'm') {
        c = 'D'; // letters and signs form one run
      }
      if (c != last) {
        sb.append(c);
        last = c;
        if (sb.length() >= 6) {
          break;
        }
      }
    }
    return sb.toString();
  }

  private static String script(String shape) {
    boolean dev = shape.indexOf('D') >= 0;
    boolean lat = shape.indexOf('X') >= 0 || shape.indexOf('x') >= 0;
    boolean dig = shape.indexOf('9') >= 0;
    if (dev && !lat) {
      return dig ? "D9" : "D";
    }
    if (lat && !dev) {
      return dig ? "L9" : (shape.charAt(0) == 'X' ? "LX" : "Lx");
    }
    if (dev) {
      return "M";
    }
    return dig ? "9" : "P";
  }

  static long h(int template, String s) {
    return h(template, s, 0, s.length());
  }

  static long h(int template, String s, int from, int to) {
    long h = 0xcbf29ce484222325L ^ (template * 0x9E3779B97F4A7C15L);
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long h2(int template, String a, String b) {
    long h = 0xcbf29ce484222325L ^ (template * 0x9E3779B97F4A7C15L);
    for (int i = 0; i < a.length(); i++) {
      h ^= a.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= 0xFFFF;
    h *= 0x100000001b3L;
    for (int i = 0; i < b.length(); i++) {
      h ^= b.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93fe53a87ebL;
    return z ^ (z >>> 33);
  }
}
