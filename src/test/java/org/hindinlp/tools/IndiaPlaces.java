package org.hindinlp.tools;

import static org.hindinlp.tools.BuildEntityLists.clean;
import static org.hindinlp.tools.BuildEntityLists.isDevanagari;
import static org.hindinlp.tools.BuildEntityLists.key;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hindinlp.tools.BuildEntityLists.Entry;
import org.hindinlp.tools.BuildEntityLists.Wikidata;

/**
 * Builds {@code india-places.tsv}: states and union territories (hand table checked against LGD),
 * districts (CoffeeBeansLabs Hindi names, joined to LGD's official English names), major cities
 * (hand table) and towns (LGD urban local bodies with a Hindi name in a Hindi-speaking state, and
 * every municipal corporation), with the corrections listed below.
 */
final class IndiaPlaces {

  private IndiaPlaces() {}

  // ------------------------------------------------------------ states and UTs (hand table)
  /** LGD state code, S or U, slug, Hindi names…, then Latin names (after "|"). */
  static final String[][] STATES = {
    {"35", "U", "andaman-nicobar", "अंडमान और निकोबार द्वीपसमूह", "अंडमान निकोबार", "अंडमान-निकोबार", "|",
        "Andaman and Nicobar Islands", "Andaman Nicobar"},
    {"28", "S", "andhra-pradesh", "आंध्र प्रदेश", "आंध्रप्रदेश", "|", "Andhra Pradesh"},
    {"12", "S", "arunachal-pradesh", "अरुणाचल प्रदेश", "|", "Arunachal Pradesh"},
    {"18", "S", "assam", "असम", "|", "Assam"},
    {"10", "S", "bihar", "बिहार", "|", "Bihar"},
    {"4", "U", "chandigarh", "चंडीगढ़", "|", "Chandigarh"},
    {"22", "S", "chhattisgarh", "छत्तीसगढ़", "|", "Chhattisgarh"},
    {"7", "U", "delhi", "दिल्ली", "राष्ट्रीय राजधानी क्षेत्र दिल्ली", "|", "Delhi", "NCT of Delhi"},
    {"30", "S", "goa", "गोवा", "|", "Goa"},
    {"24", "S", "gujarat", "गुजरात", "|", "Gujarat"},
    {"6", "S", "haryana", "हरियाणा", "|", "Haryana"},
    {"2", "S", "himachal-pradesh", "हिमाचल प्रदेश", "हिमाचल", "|", "Himachal Pradesh"},
    {"1", "U", "jammu-kashmir", "जम्मू-कश्मीर", "जम्मू और कश्मीर", "जम्मू एवं कश्मीर", "जम्मू कश्मीर", "|",
        "Jammu and Kashmir", "Jammu & Kashmir", "J&K"},
    {"20", "S", "jharkhand", "झारखंड", "झारखण्ड", "|", "Jharkhand"},
    {"29", "S", "karnataka", "कर्नाटक", "|", "Karnataka"},
    {"32", "S", "kerala", "केरल", "केरला", "|", "Kerala"},
    {"37", "U", "ladakh", "लद्दाख", "लदाख", "|", "Ladakh"},
    {"31", "U", "lakshadweep", "लक्षद्वीप", "|", "Lakshadweep"},
    {"23", "S", "madhya-pradesh", "मध्य प्रदेश", "मध्यप्रदेश", "|", "Madhya Pradesh", "~MP"},
    {"27", "S", "maharashtra", "महाराष्ट्र", "|", "Maharashtra"},
    {"14", "S", "manipur", "मणिपुर", "|", "Manipur"},
    {"17", "S", "meghalaya", "मेघालय", "|", "Meghalaya"},
    {"15", "S", "mizoram", "मिज़ोरम", "|", "Mizoram"},
    {"13", "S", "nagaland", "नगालैंड", "नागालैंड", "|", "Nagaland"},
    {"21", "S", "odisha", "ओडिशा", "उड़ीसा", "ओड़िशा", "|", "Odisha", "Orissa"},
    {"34", "U", "puducherry", "पुडुचेरी", "पुदुचेरी", "पांडिचेरी", "|", "Puducherry", "Pondicherry"},
    {"3", "S", "punjab", "पंजाब", "|", "Punjab"},
    {"8", "S", "rajasthan", "राजस्थान", "|", "Rajasthan"},
    {"11", "S", "sikkim", "सिक्किम", "|", "Sikkim"},
    {"33", "S", "tamil-nadu", "तमिलनाडु", "तमिल नाडु", "|", "Tamil Nadu"},
    {"36", "S", "telangana", "तेलंगाना", "तेलंगण", "|", "Telangana"},
    {"38", "U", "dadra-nagar-haveli-daman-diu", "दादरा और नगर हवेली और दमन और दीव", "|",
        "Dadra and Nagar Haveli and Daman and Diu"},
    {"16", "S", "tripura", "त्रिपुरा", "|", "Tripura"},
    {"5", "S", "uttarakhand", "उत्तराखंड", "उत्तराखण्ड", "|", "Uttarakhand", "Uttaranchal"},
    {"9", "S", "uttar-pradesh", "उत्तर प्रदेश", "उत्तरप्रदेश", "यूपी", "|", "Uttar Pradesh", "UP"},
    {"19", "S", "west-bengal", "पश्चिम बंगाल", "|", "West Bengal"},
  };

  /** CoffeeBeansLabs state id → LGD state code (their Daman Diu and Dadra Nagar Haveli are one UT now). */
  static final Map<Integer, String> CB_STATE_TO_LGD = new HashMap<>();

  static {
    String[] lgd = {"35", "28", "12", "18", "10", "4", "22", "38", "38", "7", "30", "24", "6", "2", "1", "20",
        "29", "32", "31", "37", "23", "27", "14", "17", "15", "13", "21", "34", "3", "8", "11", "33", "36",
        "16", "9", "5", "19"};
    for (int i = 0; i < lgd.length; i++) {
      CB_STATE_TO_LGD.put(i + 1, lgd[i]);
    }
  }

  // ------------------------------------------------------------ corrections (documented)
  /**
   * Corrections of CoffeeBeansLabs {@code hi_name} values, keyed by {@code en_name}: known
   * misspellings (PROVENANCE.md) and machine-translation errors found by comparing a
   * transliteration of each Hindi name with its English name.
   */
  static final Map<String, String> DISTRICT_FIXES = new LinkedHashMap<>();

  static {
    // PROVENANCE.md: Rayagada is रायगड़ा (रायगढ़ is Raigarh, Chhattisgarh).
    DISTRICT_FIXES.put("Rayagada", "रायगड़ा");
    // Machine translations of the English word instead of the name.
    DISTRICT_FIXES.put("Erode", "इरोड"); // was खत्म ("finished")
    DISTRICT_FIXES.put("Solan", "सोलन"); // was एक प्रकार का हंस ("a kind of swan")
    DISTRICT_FIXES.put("Mon", "मोन"); // was सोमवार ("Monday")
    DISTRICT_FIXES.put("Noney", "नोनी"); // was कोई नहीं ("none")
    DISTRICT_FIXES.put("Budaun", "बदायूं"); // was शाहजहांपुर (another district)
    // Wrong transliterations; several are also common Hindi words.
    DISTRICT_FIXES.put("Kamle", "कमले"); // was कमल ("lotus")
    DISTRICT_FIXES.put("Saran", "सारण"); // was सरन
    DISTRICT_FIXES.put("Mau", "मऊ"); // was मौ
    DISTRICT_FIXES.put("Thane", "ठाणे"); // was थाइन
    DISTRICT_FIXES.put("Baran", "बारां"); // was बरन
    DISTRICT_FIXES.put("Hassan", "हासन"); // was हसन (a person's name)
    DISTRICT_FIXES.put("Jalna", "जालना"); // was जलना ("to burn")
    DISTRICT_FIXES.put("Dang", "डांग"); // was डैंग
    DISTRICT_FIXES.put("Jagtial", "जगतियाल"); // was Latin "Jagtial"
    DISTRICT_FIXES.put("Kanyakumari", "कन्याकुमारी"); // was कन्याकूमारी
    DISTRICT_FIXES.put("South East Delhi", "दक्षिण पूर्वी दिल्ली"); // was साउथ ईस्ट दिल्ली
    DISTRICT_FIXES.put("Jayashankar", "जयशंकर भूपालपल्ली"); // was जयशंकर alone (also a minister's surname)
    DISTRICT_FIXES.put("Purba Medinipur", "पूर्व मेदिनीपुर"); // was पुरबा मेदिनीपुर
    DISTRICT_FIXES.put("Subarnapur", "सुबर्णपुर"); // was सुबरनपुर
  }

  /** Extra Hindi names of districts (press forms), keyed by en_name. */
  static final Map<String, List<String>> DISTRICT_EXTRAS = new HashMap<>();

  static {
    DISTRICT_EXTRAS.put("Saran", List.of("छपरा"));
    DISTRICT_EXTRAS.put("Mumbai City", List.of("मुंबई सिटी"));
    DISTRICT_EXTRAS.put("Mewat", List.of("नूंह", "Nuh"));
    DISTRICT_EXTRAS.put("Hoshangabad", List.of("नर्मदापुरम", "Narmadapuram"));
    DISTRICT_EXTRAS.put("Gulbarga", List.of("कलबुर्गी", "Kalaburagi"));
    DISTRICT_EXTRAS.put("Belgaum", List.of("बेलगावी", "Belagavi"));
    DISTRICT_EXTRAS.put("Bellary", List.of("बल्लारी", "Ballari"));
    DISTRICT_EXTRAS.put("Shimoga", List.of("शिवमोगा", "Shivamogga"));
    DISTRICT_EXTRAS.put("Tumkur", List.of("तुमकुरु", "Tumakuru"));
    DISTRICT_EXTRAS.put("Allahabad", List.of("इलाहाबाद", "Allahabad"));
    DISTRICT_EXTRAS.put("Faizabad", List.of("फैजाबाद", "Faizabad"));
    DISTRICT_EXTRAS.put("Gurgaon", List.of("गुरुग्राम", "गुड़गांव", "Gurugram"));
    DISTRICT_EXTRAS.put("Mohali", List.of("एसएएस नगर", "साहिबजादा अजीत सिंह नगर"));
    DISTRICT_EXTRAS.put("Koriya", List.of("Koriya"));
    DISTRICT_EXTRAS.put("Tiruppur", List.of("तिरुप्पुर"));
  }

  /** LGD district name (upper-cased) → CoffeeBeansLabs en_name, where the spellings differ. */
  static final Map<String, String> LGD_TO_CB = new HashMap<>();
  /** LGD names that are not given as aliases (generic words, or a country's name). */
  static final Set<String> LGD_NO_ALIAS =
      Set.of("CENTRAL", "EAST", "NORTH", "NORTH EAST", "NORTH WEST", "SOUTH", "SOUTH EAST", "SOUTH WEST",
          "WEST", "KOREA", "Y.S.R.", "SPSR NELLORE", "MUMBAI");

  static {
    String[] pairs = {
      "NICOBARS", "Nicobar", "NORTH AND MIDDLE ANDAMAN", "North Middle Andaman", "SOUTH ANDAMANS", "South Andaman",
      "SPSR NELLORE", "Nellore", "VISAKHAPATANAM", "Visakhapatnam", "Y.S.R.", "Kadapa",
      "KAMRUP METRO", "Kamrup Metropolitan", "MARIGAON", "Morigaon", "SOUTH SALMARA MANCACHAR", "South Salmara-Mankachar",
      "KAIMUR (BHABUA)", "Kaimur", "PASHCHIM CHAMPARAN", "West Champaran", "PURBI CHAMPARAN", "East Champaran",
      "GARIYABAND", "Gariaband", "GAURELLA PENDRA MARWAHI", "Gaurela Pendra Marwahi", "KOREA", "Koriya",
      "CENTRAL", "Central Delhi", "EAST", "East Delhi", "NORTH", "North Delhi", "NORTH EAST", "North East Delhi",
      "NORTH WEST", "North West Delhi", "SOUTH", "South Delhi", "SOUTH EAST", "South East Delhi",
      "SOUTH WEST", "South West Delhi", "WEST", "West Delhi",
      "AHMADABAD", "Ahmedabad", "ARVALLI", "Aravalli", "CHHOTAUDEPUR", "Chhota Udaipur",
      "DEVBHUMI DWARKA", "Devbhoomi Dwarka", "DOHAD", "Dahod", "KACHCHH", "Kutch", "MAHESANA", "Mehsana",
      "PANCH MAHALS", "Panchmahal", "CHARKI DADRI", "Charkhi Dadri", "NUH", "Mewat", "LAHUL AND SPITI", "Lahaul Spiti",
      "EAST SINGHBUM", "East Singhbhum", "SARAIKELA KHARSAWAN", "Seraikela Kharsawan",
      "BAGALKOTE", "Bagalkot", "BALLARI", "Bellary", "BELAGAVI", "Belgaum", "BENGALURU RURAL", "Bangalore Rural",
      "BENGALURU URBAN", "Bangalore Urban", "CHAMARAJANAGARA", "Chamarajanagar", "CHIKKABALLAPURA", "Chikkaballapur",
      "DAVANGERE", "Davanagere", "KALABURAGI", "Gulbarga", "MYSURU", "Mysore", "SHIVAMOGGA", "Shimoga",
      "TUMAKURU", "Tumkur", "LEH LADAKH", "Leh", "LAKSHADWEEP DISTRICT", "Lakshadweep", "EAST NIMAR", "Khandwa",
      "NARMADAPURAM", "Hoshangabad", "MUMBAI", "Mumbai City", "ANUGUL", "Angul", "BALESHWAR", "Balasore",
      "DEOGARH", "Debagarh", "JAGATSINGHAPUR", "Jagatsinghpur", "JAJAPUR", "Jajpur", "SONEPUR", "Subarnapur",
      "SUNDARGARH", "Sundergarh", "PONDICHERRY", "Puducherry", "FEROZEPUR", "Firozpur", "S.A.S NAGAR", "Mohali",
      "SHAHID BHAGAT SINGH NAGAR", "Shaheed Bhagat Singh Nagar", "SRI MUKTSAR SAHIB", "Muktsar",
      "GANGANAGAR", "Sri Ganganagar", "GANGTOK", "East Sikkim", "MANGAN", "North Sikkim", "NAMCHI", "South Sikkim",
      "GYALSHING", "West Sikkim", "KANNIYAKUMARI", "Kanyakumari", "THE NILGIRIS", "Nilgiris",
      "THIRUVALLUR", "Tiruvallur", "THIRUVARUR", "Tiruvarur", "TIRUPATHUR", "Tirupattur", "TUTICORIN", "Thoothukudi",
      "VILLUPURAM", "Viluppuram", "HANUMAKONDA", "Warangal Urban", "JAGITIAL", "Jagtial", "JANGOAN", "Jangaon",
      "JAYASHANKAR BHUPALAPALLY", "Jayashankar", "JOGULAMBA GADWAL", "Jogulamba", "KUMURAM BHEEM ASIFABAD", "Komaram Bheem",
      "MAHABUBNAGAR", "Mahbubnagar", "MEDCHAL MALKAJGIRI", "Medchal", "WARANGAL", "Warangal Rural",
      "DADRA AND NAGAR HAVELI", "Dadra Nagar Haveli", "PAURI GARHWAL", "Pauri", "TEHRI GARHWAL", "Tehri",
      "UDAM SINGH NAGAR", "Udham Singh Nagar", "SANT KABEER NAGAR", "Sant Kabir Nagar",
      "24 PARAGANAS NORTH", "North 24 Parganas", "24 PARAGANAS SOUTH", "South 24 Parganas",
      "DINAJPUR DAKSHIN", "Dakshin Dinajpur", "DINAJPUR UTTAR", "Uttar Dinajpur", "MALDAH", "Malda",
      "MEDINIPUR EAST", "Purba Medinipur", "MEDINIPUR WEST", "Paschim Medinipur",
    };
    for (int i = 0; i < pairs.length; i += 2) {
      LGD_TO_CB.put(pairs[i], pairs[i + 1]);
    }
  }

  /** Hindi names of LGD districts missing from CoffeeBeansLabs (new since 2019), by LGD name. */
  static final Map<String, String> NEW_DISTRICT_HINDI = new HashMap<>();

  static {
    String[] pairs = {
      "ALLURI SITHARAMA RAJU", "अल्लूरी सीताराम राजू", "ANAKAPALLI", "अनकापल्ली", "ANNAMAYYA", "अन्नमय्या",
      "BAPATLA", "बापटला", "ELURU", "एलुरु", "KAKINADA", "काकीनाडा", "KONASEEMA", "कोनसीमा", "NANDYAL", "नंद्याल",
      "NTR", "एनटीआर ज़िला", "PALNADU", "पलनाडु", "PARVATHIPURAM MANYAM", "पार्वतीपुरम मन्यम",
      "SRI SATHYA SAI", "श्री सत्य साई", "TIRUPATI", "तिरुपति", "SIANG", "सियांग", "TAMULPUR", "तामुलपुर",
      "KHAIRGARH CHHUIKHADAN GANDAI", "खैरागढ़ छुईखदान गंडई", "MANENDRAGARH CHIRIMIRI BHARATPUR",
      "मनेंद्रगढ़ चिरमिरी भरतपुर", "MOHLA MANPUR AMBAGARH CHOUKI", "मोहला मानपुर अंबागढ़ चौकी", "SAKTI", "सक्ती",
      "SARANGARH BILAIGARH", "सारंगढ़ बिलाईगढ़", "VIJAYANAGAR", "विजयनगर", "EASTERN WEST KHASI HILLS",
      "पूर्वी पश्चिम खासी हिल्स", "CHUMOUKEDIMA", "चुमौकेदिमा", "TSEMINYU", "त्सेमिन्यु", "MALERKOTLA", "मलेरकोटला",
      "PAKYONG", "पाकयोंग", "SORENG", "सोरेंग",
    };
    for (int i = 0; i < pairs.length; i += 2) {
      NEW_DISTRICT_HINDI.put(pairs[i], pairs[i + 1]);
    }
  }

  // ------------------------------------------------------------ major cities (hand table)
  /** LGD state code, slug, names (Hindi first, then Latin). */
  static final String[][] CITIES = {
    {"7", "new-delhi", "नई दिल्ली", "New Delhi"},
    {"27", "mumbai", "मुंबई", "मुम्बई", "बंबई", "बम्बई", "Mumbai", "Bombay"},
    {"19", "kolkata", "कोलकाता", "कलकत्ता", "Kolkata", "Calcutta"},
    {"33", "chennai", "चेन्नई", "मद्रास", "Chennai", "Madras"},
    {"29", "bengaluru", "बेंगलुरु", "बेंगलूरु", "बंगलुरु", "बेंगलूर", "बंगलौर", "बैंगलोर", "Bengaluru", "Bangalore"},
    {"36", "hyderabad", "हैदराबाद", "Hyderabad"},
    {"24", "ahmedabad", "अहमदाबाद", "Ahmedabad", "Ahmadabad"},
    {"27", "pune", "पुणे", "पूना", "Pune", "Poona"},
    {"24", "surat", "सूरत", "Surat"},
    {"24", "vadodara", "वडोदरा", "बड़ौदा", "Vadodara", "Baroda"},
    {"24", "gandhinagar", "गांधीनगर", "Gandhinagar"},
    {"8", "jaipur", "जयपुर", "Jaipur"},
    {"9", "lucknow", "लखनऊ", "Lucknow"},
    {"9", "kanpur", "कानपुर", "Kanpur"},
    {"9", "varanasi", "वाराणसी", "बनारस", "काशी", "Varanasi", "Banaras", "Benares"},
    {"9", "prayagraj", "प्रयागराज", "इलाहाबाद", "Prayagraj", "Allahabad"},
    {"9", "ayodhya", "अयोध्या", "Ayodhya"},
    {"9", "noida", "नोएडा", "Noida"},
    {"9", "greater-noida", "ग्रेटर नोएडा", "Greater Noida"},
    {"9", "ghaziabad", "गाजियाबाद", "गाज़ियाबाद", "Ghaziabad"},
    {"6", "gurugram", "गुरुग्राम", "गुड़गांव", "गुरुग्राम", "Gurugram", "Gurgaon"},
    {"6", "faridabad", "फरीदाबाद", "Faridabad"},
    {"27", "nagpur", "नागपुर", "Nagpur"},
    {"27", "nashik", "नासिक", "नाशिक", "Nashik", "Nasik"},
    {"23", "indore", "इंदौर", "Indore"},
    {"23", "bhopal", "भोपाल", "Bhopal"},
    {"23", "jabalpur", "जबलपुर", "Jabalpur"},
    {"23", "gwalior", "ग्वालियर", "Gwalior"},
    {"10", "patna", "पटना", "Patna"},
    {"20", "ranchi", "रांची", "Ranchi"},
    {"20", "jamshedpur", "जमशेदपुर", "Jamshedpur"},
    {"22", "raipur", "रायपुर", "Raipur"},
    {"3", "ludhiana", "लुधियाना", "Ludhiana"},
    {"3", "amritsar", "अमृतसर", "Amritsar"},
    {"9", "agra", "आगरा", "Agra"},
    {"9", "meerut", "मेरठ", "Meerut"},
    {"9", "gorakhpur", "गोरखपुर", "Gorakhpur"},
    {"9", "mathura", "मथुरा", "Mathura"},
    {"5", "dehradun", "देहरादून", "Dehradun"},
    {"5", "haridwar", "हरिद्वार", "Haridwar"},
    {"5", "rishikesh", "ऋषिकेश", "Rishikesh"},
    {"2", "shimla", "शिमला", "Shimla", "Simla"},
    {"1", "srinagar", "श्रीनगर", "Srinagar"},
    {"1", "jammu", "जम्मू", "Jammu"},
    {"37", "leh", "लेह", "Leh"},
    {"37", "kargil", "कारगिल", "Kargil"},
    {"18", "guwahati", "गुवाहाटी", "Guwahati", "Gauhati"},
    {"18", "dispur", "दिसपुर", "Dispur"},
    {"21", "bhubaneswar", "भुवनेश्वर", "Bhubaneswar"},
    {"21", "cuttack", "कटक", "Cuttack"},
    {"32", "thiruvananthapuram", "तिरुवनंतपुरम", "त्रिवेंद्रम", "Thiruvananthapuram", "Trivandrum"},
    {"32", "kochi", "कोच्चि", "कोचीन", "Kochi", "Cochin"},
    {"33", "coimbatore", "कोयंबटूर", "Coimbatore"},
    {"33", "madurai", "मदुरै", "Madurai"},
    {"29", "mysuru", "मैसूरु", "मैसूर", "Mysuru", "Mysore"},
    {"28", "visakhapatnam", "विशाखापत्तनम", "विशाखापट्टनम", "विजाग", "Visakhapatnam", "Vizag"},
    {"28", "vijayawada", "विजयवाड़ा", "Vijayawada"},
    {"28", "amaravati", "अमरावती", "Amaravati"},
    {"14", "imphal", "इंफाल", "Imphal"},
    {"17", "shillong", "शिलांग", "Shillong"},
    {"15", "aizawl", "आइजोल", "Aizawl"},
    {"13", "kohima", "कोहिमा", "Kohima"},
    {"12", "itanagar", "ईटानगर", "Itanagar"},
    {"16", "agartala", "अगरतला", "Agartala"},
    {"11", "gangtok", "गंगटोक", "Gangtok"},
    {"30", "panaji", "पणजी", "पणजी", "Panaji", "Panjim"},
    {"35", "port-blair", "पोर्ट ब्लेयर", "श्री विजयपुरम", "Port Blair", "Sri Vijaya Puram"},
    {"8", "jodhpur", "जोधपुर", "Jodhpur"},
    {"8", "udaipur", "उदयपुर", "Udaipur"},
    {"8", "ajmer", "अजमेर", "Ajmer"},
    {"27", "jalgaon", "जलगांव", "Jalgaon"},
    {"27", "aurangabad-mh", "छत्रपति संभाजीनगर", "औरंगाबाद", "Chhatrapati Sambhajinagar", "Aurangabad"},
    {"19", "siliguri", "सिलीगुड़ी", "Siliguri"},
    {"19", "darjeeling", "दार्जिलिंग", "Darjeeling"},
  };

  /** Regions that Hindi news names as places (not administrative units). */
  static final String[][] REGIONS = {
    {"kashmir", "कश्मीर", "Kashmir"},
    {"bundelkhand", "बुंदेलखंड", "Bundelkhand"},
    {"purvanchal", "पूर्वांचल", "Purvanchal"},
    {"vidarbha", "विदर्भ", "Vidarbha"},
    {"marathwada", "मराठवाड़ा", "Marathwada"},
    {"konkan", "कोंकण", "Konkan"},
    {"seemanchal", "सीमांचल", "Seemanchal"},
    {"mithila", "मिथिलांचल", "मिथिला", "Mithila"},
    {"saurashtra", "सौराष्ट्र", "Saurashtra"},
    {"malwa", "मालवा", "Malwa"},
    {"terai", "तराई", "Terai"},
    {"ncr", "एनसीआर", "राष्ट्रीय राजधानी क्षेत्र", "NCR", "National Capital Region"},
    {"himalaya", "हिमालय", "Himalaya", "Himalayas"},
    {"aravalli-range", "अरावली पर्वतमाला", "Aravalli Range"},
    {"ganga", "गंगा नदी", "गंगा", "Ganga", "Ganges"},
    {"yamuna", "यमुना नदी", "यमुना", "Yamuna"},
    {"narmada", "नर्मदा नदी", "नर्मदा", "Narmada"},
    {"brahmaputra", "ब्रह्मपुत्र", "Brahmaputra"},
    {"godavari", "गोदावरी नदी", "Godavari River"},
    {"kaveri", "कावेरी", "Kaveri", "Cauvery"},
    {"sutlej", "सतलुज", "सतलज", "Sutlej"},
    {"galwan", "गलवान घाटी", "गलवान", "Galwan"},
    {"siachen", "सियाचिन", "Siachen"},
    {"doklam", "डोकलाम", "Doklam"},
    {"pok", "पाक अधिकृत कश्मीर", "पीओके", "PoK", "Pakistan-occupied Kashmir"},
    {"loc", "नियंत्रण रेखा", "एलओसी", "LoC", "Line of Control"},
    {"lac", "वास्तविक नियंत्रण रेखा", "एलएसी", "LAC", "Line of Actual Control"},
  };

  // ------------------------------------------------------------ build

  static Map<String, Entry> build(Path corpora, Wikidata wd) throws IOException {
    Map<String, String> stateSlug = new HashMap<>();
    List<Entry> states = new ArrayList<>();
    for (String[] row : STATES) {
      Entry e = new Entry(("U".equals(row[1]) ? "loc:in:ut:" : "loc:in:state:") + row[2], "LOCATION");
      stateSlug.put(row[0], row[2]);
      boolean latin = false;
      for (int i = 3; i < row.length; i++) {
        if ("|".equals(row[i])) {
          latin = true;
          continue;
        }
        e.add(row[i]);
      }
      states.add(e);
    }
    // CoffeeBeansLabs state names (corrected) as further variants of the hand table.
    JsonNode cbStates = BuildEntityLists.readJson(corpora.resolve("india-states-districts-hi/state.json"));
    for (JsonNode s : cbStates) {
      String code = CB_STATE_TO_LGD.get(s.get("id").asInt());
      String hi = fixStateHindi(s.get("hi_name").asText());
      if (code.equals("38")) {
        continue; // old two UTs; their names are districts now
      }
      for (Entry e : states) {
        if (e.id.endsWith(":" + stateSlug.get(code))) {
          e.add(hi);
          e.add(s.get("en_name").asText());
        }
      }
    }
    // LGD official names.
    for (List<String> row : Csv.read(corpora.resolve("lgd-india/administrative/1-state.csv"))) {
      String slug = stateSlug.get(row.get(1));
      for (Entry e : states) {
        if (e.id.endsWith(":" + slug)) {
          e.add(titleCase(row.get(3)));
        }
      }
    }

    // Districts.
    JsonNode cbDistricts = BuildEntityLists.readJson(corpora.resolve("india-states-districts-hi/city.json"));
    Map<String, Entry> districtsByCbName = new HashMap<>();
    List<Entry> districts = new ArrayList<>();
    for (JsonNode d : cbDistricts) {
      String en = d.get("en_name").asText().strip();
      String code = CB_STATE_TO_LGD.get(d.get("state_id").asInt());
      String slug = stateSlug.get(code);
      Entry e = new Entry("loc:in:district:" + slug + ":" + slug(en), "LOCATION");
      e.group = code;
      String hi = DISTRICT_FIXES.getOrDefault(en, d.get("hi_name").asText());
      e.add(hi);
      for (String x : DISTRICT_EXTRAS.getOrDefault(en, List.of())) {
        e.add(x);
      }
      e.add(en);
      for (String v : wd.variantsOf(en, List.of(clean(hi)))) {
        e.add(v);
      }
      districtsByCbName.put(code + "|" + en.toUpperCase(Locale.ROOT), e);
      districts.add(e);
    }
    for (List<String> row : Csv.read(corpora.resolve("lgd-india/administrative/2-district.csv"))) {
      String code = row.get(0);
      String lgdName = row.get(3).strip();
      String upper = lgdName.toUpperCase(Locale.ROOT);
      String cbName = LGD_TO_CB.getOrDefault(upper, lgdName);
      Entry e = districtsByCbName.get(code + "|" + cbName.toUpperCase(Locale.ROOT));
      if (e == null) {
        String slug = stateSlug.get(code);
        e = new Entry("loc:in:district:" + slug + ":" + slug(lgdName), "LOCATION");
        e.group = code;
        String hi = NEW_DISTRICT_HINDI.get(upper);
        if (hi != null) {
          e.add(hi);
        }
        if (upper.equals("NTR")) {
          e.add("NTR district");
        } else {
          e.add(titleCase(BuildEntityLists.stripParens(lgdName)));
        }
        districts.add(e);
        districtsByCbName.put(code + "|" + upper, e);
      } else if (!LGD_NO_ALIAS.contains(upper)) {
        e.add(titleCase(BuildEntityLists.stripParens(lgdName)));
      }
    }

    // Major cities.
    List<Entry> cities = new ArrayList<>();
    for (String[] row : CITIES) {
      Entry e = new Entry("loc:in:city:" + row[1], "LOCATION");
      e.group = row[0];
      for (int i = 2; i < row.length; i++) {
        e.add(row[i]);
      }
      cities.add(e);
    }
    List<Entry> regions = new ArrayList<>();
    for (String[] row : REGIONS) {
      Entry e = new Entry("loc:in:region:" + row[0], "LOCATION");
      e.group = "region";
      for (int i = 1; i < row.length; i++) {
        e.add(row[i]);
      }
      regions.add(e);
    }

    // Towns.
    List<Entry> towns = towns(corpora.resolve("lgd-india/municipal/urban-local-body.csv"), stateSlug, wd);

    // De-duplicate: a name belongs to the first entry (states, regions, cities, districts, towns)
    // that has it, within one state (states and regions: everywhere). A district or town that
    // shares a name with a city or district of its own state is the same place for a reader
    // (Patna, Patna district; Churu, the district's seat): it is merged into that entry, whose
    // aliases gain its other spellings (चूरू next to चुरू).
    TreeMap<String, Entry> out = new TreeMap<>();
    Set<String> global = new HashSet<>();
    Map<String, Map<String, Entry>> perState = new HashMap<>();
    for (List<Entry> group : List.of(states, regions, cities, districts, towns)) {
      for (Entry e : group) {
        if (out.containsKey(e.id)) {
          continue;
        }
        Map<String, Entry> local = perState.computeIfAbsent(e.group, k -> new HashMap<>());
        Entry owner = null;
        if (group == districts || group == towns) {
          for (String n : e.names()) {
            if (!e.weak.contains(n) && local.containsKey(key(n))) {
              owner = local.get(key(n));
              break;
            }
          }
        }
        Entry target = owner != null ? owner : e;
        for (String n : e.names()) {
          String k = key(n);
          if (global.contains(k) || local.containsKey(k) && local.get(k) != target) {
            e.remove(n);
          }
        }
        if (owner != null) {
          for (String n : e.names()) {
            if (owner.addExact(e.weak.contains(n) ? BuildEntityLists.WEAK + n : n)) {
              local.put(key(n), owner);
            }
          }
          continue;
        }
        if (e.names().stream().noneMatch(n -> !e.weak.contains(n))) {
          continue; // nothing left but context-only names: the entity is covered elsewhere
        }
        boolean everywhere = group == states || group == regions;
        for (String n : e.names()) {
          if (everywhere) {
            global.add(key(n));
          } else {
            local.put(key(n), e);
          }
        }
        out.put(e.id, e);
      }
    }
    return out;
  }

  static String fixStateHindi(String hi) {
    // PROVENANCE.md: छत्तीसगढ lacks the nukta of छत्तीसगढ़.
    if (hi.equals("छत्तीसगढ")) {
      return "छत्तीसगढ़";
    }
    return hi;
  }

  /** Corrections of LGD town names, by cleaned English name. */
  static final Map<String, String> TOWN_FIXES =
      Map.of(
          "Sakti", "सक्ती", // was सकती ("can", as in कर सकती है)
          "Chaksu", "चाकसू",
          "Manendragarh", "मनेंद्रगढ़", // was महेंद्रगढ़ (Mahendragarh, a district of Haryana)
          "Naila Janjgir", "नैला जांजगीर", // was नाला जांजगीर
          "Shivpur charcha", "शिवपुर चरचा", // was शिवपुर चर्च ("church")
          "Gobra Nawapara", "गोबरा नवापारा", // was गोबर नवापारा ("cow dung")
          "Sarangarh", "सारंगढ़", // was सारंगगढ़
          "Hindaun", "हिंडौन", // was हिन्डौन
          "Bhiwadi", "भिवाड़ी", // was भिवाडी
          "Purnea", "पूर्णिया"); // was पूर्णियां; the district's spelling

  /** LGD urban bodies that are not places one names (a city's split corporations). */
  static final Set<String> TOWN_SKIP =
      Set.of("Greater Jaipur", "Jaipur Heritage", "Jodhpur-North", "Jodhpur-South", "Kota-North", "Kota-South");

  /** Hindi names of municipal corporations for which LGD gives none (hand table). */
  static final Map<String, List<String>> TOWN_HINDI = new HashMap<>();

  static {
    String[][] rows = {
      {"Cuddapah", "कडपा", "कडप्पा"}, {"Machilipatnam", "मछलीपट्टनम"}, {"Ongole", "ओंगोल"},
      {"Rajahmundry", "राजमुंदरी", "राजमहेंद्रवरम"}, {"Manesar", "मानेसर"}, {"Dharamshala", "~धर्मशाला"},
      {"Palampur", "पालमपुर"}, {"Hubballi-Dharwad", "हुबली-धारवाड़", "हुबली"}, {"Mangaluru", "मंगलुरु", "मंगलौर", "Mangalore"},
      {"Ahmadnagar", "अहमदनगर"}, {"Bhiwandi", "भिवंडी"}, {"Kalyan-Dombivli", "कल्याण-डोंबिवली"},
      {"Malegaon", "मालेगांव"}, {"Mira-Bhayandar", "मीरा-भायंदर"}, {"Nanded-Waghala", "नांदेड़-वाघाला"},
      {"Navi Mumbai", "नवी मुंबई"}, {"Panvel", "पनवेल"}, {"Pimpri Chinchwad", "पिंपरी-चिंचवड़", "पिंपरी चिंचवड़"},
      {"Sangli-Miraj Kupwad", "सांगली-मिरज-कुपवाड़"}, {"Ulhasnagar", "उल्हासनगर"}, {"Vasai-Virar", "वसई-विरार"},
      {"Berhampur", "बरहमपुर", "ब्रह्मपुर"}, {"Raurkela", "राउरकेला", "Rourkela"}, {"Abohar", "अबोहर"},
      {"Batala", "बटाला"}, {"Phagwara", "फगवाड़ा"}, {"Avadi", "आवडी"}, {"Hosur", "होसुर"},
      {"Kancheepuram", "कांचीपुरम"}, {"Kumbakonam", "कुंभकोणम"}, {"Nagercoil", "नागरकोइल"},
      {"Sivakasi", "शिवकाशी"}, {"Tambaram", "तांबरम"}, {"Badangpet", "बडंगपेट"},
      {"Bandlaguda Jagir", "बंडलागुडा जागीर"}, {"Boduppal", "बोडुप्पल"}, {"Jawaharnagar", "जवाहरनगर"},
      {"Meerpet", "मीरपेट"}, {"Nizampet", "निज़ामपेट"}, {"Perrzadiguda", "पीरजादिगुडा"},
      {"Ramagundam", "रामागुंडम"}, {"Jhusi", "झूंसी"}, {"Mathura-Vrindavan", "मथुरा-वृंदावन"},
      {"Naini", "नैनी"}, {"Phaphamau", "फाफामऊ"}, {"Haldwani Kathgodam", "हल्द्वानी-काठगोदाम", "हल्द्वानी", "Haldwani"},
      {"Hardwar", "हरिद्वार"}, {"Kashipur", "काशीपुर"}, {"Kotdwara", "कोटद्वार"}, {"Roorkee", "रुड़की"},
      {"Rudrapur", "रुद्रपुर"}, {"Asansol", "आसनसोल"}, {"Bidhannagar", "बिधाननगर"},
      {"Chandannagar", "चंदननगर"}, {"Durgapur", "दुर्गापुर"}, {"Haora", "हावड़ा", "Howrah"},
    };
    for (String[] r : rows) {
      TOWN_HINDI.put(r[0], List.of(r).subList(1, r.length));
    }
  }

  /** LGD English town names replaced by the name in use (then merged with the district or city). */
  static final Map<String, String> TOWN_LATIN_FIXES =
      Map.of(
          "S.A.S.Nagar - Mohali", "Mohali",
          "Murwara - Katni", "Katni",
          "Greater Mumbai", "Mumbai");

  /** Towns whose names are context-only here: ढाका/Dhaka (Bihar) is also Bangladesh's capital. */
  static final Set<String> TOWNS_WEAK_HINDI = Set.of("Dhaka");

  static final Set<String> HINDI_STATES = Set.of("10", "8", "22", "23", "20", "9", "5", "6", "2", "7");
  static final Pattern HINDI_BODY_WORDS =
      Pattern.compile("(^|\\s)(नगर\\s*पंचायत|नगर\\s*पंचयात|नगर\\s*परिषद|नगर\\s*पालिका\\s*परिषद|नगर\\s*पालिका"
          + "|नगरपालिका|नगर\\s*निगम|नगरनिगम)(\\s|$)");
  static final Pattern LATIN_BODY_WORDS =
      Pattern.compile("(?i)\\s*(\\(.*?\\)|nagar\\s+panchayat|nagar\\s+parishad|nagar\\s+palika(\\s+parishad)?"
          + "|(city\\s+)?(municipal\\s+)?corporation|municipal\\s+co-operation|municipal\\s+council|municipality"
          + "|m\\.\\s*corp\\.?|np)\\s*$|^\\s*city\\s+corporation\\s+");

  static List<Entry> towns(Path file, Map<String, String> stateSlug, Wikidata wd) throws IOException {
    List<List<String>> rows = Csv.read(file);
    TreeMap<String, Entry> out = new TreeMap<>();
    for (List<String> row : rows) {
      String type = row.get(5).strip();
      String code = row.get(7).strip();
      String en = row.get(3).strip();
      String local = row.get(4).strip();
      boolean hindi = HINDI_STATES.contains(code) && isDevanagari(local);
      boolean corporation = type.equals("4");
      boolean municipality = Set.of("5", "6", "8").contains(type);
      if (!(corporation || municipality && hindi)) {
        continue;
      }
      String enClean = titleCase(LATIN_BODY_WORDS.matcher(en).replaceAll("").strip());
      enClean = TOWN_LATIN_FIXES.getOrDefault(enClean, enClean);
      if (enClean.isEmpty() || enClean.equalsIgnoreCase("BBMP") || TOWN_SKIP.contains(enClean)) {
        continue;
      }
      String slug = stateSlug.get(code);
      String id = "loc:in:town:" + slug + ":" + slug(enClean);
      Entry e = out.computeIfAbsent(id, k -> new Entry(k, "LOCATION"));
      e.group = code;
      if (hindi) {
        String hi = fixTownHindi(local, enClean);
        if (hi != null && TOWNS_WEAK_HINDI.contains(enClean)) {
          hi = BuildEntityLists.WEAK + hi; // its Hindi name is also a bigger place's or a word
        }
        if (hi != null) {
          e.add(hi);
          for (String v : wd.variantsOf(enClean, List.of(clean(hi)))) {
            e.add(v);
          }
        }
      }
      if (!hindi) {
        for (String h : TOWN_HINDI.getOrDefault(enClean, List.of())) {
          e.add(h);
        }
      }
      e.add(TOWNS_WEAK_HINDI.contains(enClean) ? BuildEntityLists.WEAK + enClean : enClean);
    }
    return new ArrayList<>(out.values());
  }

  static final Pattern DEVANAGARI_NAME = Pattern.compile("[\\u0900-\\u0963\\u0966-\\u097F]+([ -][\\u0900-\\u0963\\u0966-\\u097F]+)*");

  /**
   * Corrections of LGD "Local Body Name (In Local)" values: body-type words removed (नगर पंचायत
   * बस्तर → बस्तर), a doubled vowel sign reduced (चाकसूू → चाकसू), the nukta restored where the
   * English name has r for ड़/ढ़ (किशनगढ → किशनगढ़ for Kishangarh, भीलवाडा → भीलवाड़ा for Bhilwara),
   * a final पूर written पुर where the English name ends in -pur (जगदलपूर → जगदलपुर).
   * Returns null if what is left is not a clean Devanagari name.
   */
  static String fixTownHindi(String hi, String en) {
    String s = clean(TOWN_FIXES.getOrDefault(en, hi));
    s = HINDI_BODY_WORDS.matcher(s).replaceAll(" ").strip();
    s = HINDI_BODY_WORDS.matcher(s).replaceAll(" ").strip();
    s = s.replaceAll("([\\u093E-\\u094C])\\1+", "$1");
    String lower = en.toLowerCase(Locale.ROOT);
    if (lower.contains("garh")) {
      s = s.replaceAll("गढ(?!\\u093C)", "गढ\u093C");
    }
    if (lower.endsWith("pur")) {
      s = s.replaceAll("पूर$", "पुर"); // जगदलपूर → जगदलपुर (Marathi-style long u)
    }
    if (lower.matches(".*w[ao]r[ai].*")) {
      s = s.replaceAll("वाडा", "वाड\u093Cा");
    }
    s = clean(s);
    if (!DEVANAGARI_NAME.matcher(s).matches()) {
      return null;
    }
    return s;
  }

  static String slug(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", "-");
    return t.replaceAll("^-+|-+$", "");
  }

  static String titleCase(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    boolean allUpper = t.equals(t.toUpperCase(Locale.ROOT));
    boolean allLower = t.equals(t.toLowerCase(Locale.ROOT));
    if (!allUpper && !allLower) {
      return t;
    }
    StringBuilder sb = new StringBuilder();
    for (String w : t.toLowerCase(Locale.ROOT).split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (Set.of("and", "of", "the").contains(w) && sb.length() > 0) {
        sb.append(w);
      } else {
        StringBuilder ws = new StringBuilder(w);
        for (int i = 0; i < ws.length(); i++) {
          if (Character.isLetter(ws.charAt(i)) && (i == 0 || "-(.".indexOf(ws.charAt(i - 1)) >= 0)) {
            ws.setCharAt(i, Character.toUpperCase(ws.charAt(i)));
          }
        }
        sb.append(ws);
      }
    }
    return sb.toString();
  }

  /** Minimal RFC 4180 CSV reader (quotes, doubled quotes); skips the header row. */
  static final class Csv {
    static List<List<String>> read(Path p) throws IOException {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean q = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (q) {
          if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              f.append('"');
              i++;
            } else {
              q = false;
            }
          } else {
            f.append(c);
          }
        } else if (c == '"') {
          q = true;
        } else if (c == ',') {
          row.add(f.toString());
          f.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(f.toString());
          f.setLength(0);
          if (!(row.size() == 1 && row.get(0).isEmpty())) {
            rows.add(row);
          }
          row = new ArrayList<>();
        } else {
          f.append(c);
        }
      }
      if (f.length() > 0 || !row.isEmpty()) {
        row.add(f.toString());
        rows.add(row);
      }
      return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }
  }
}
