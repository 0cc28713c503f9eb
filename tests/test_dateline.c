/* Table-driven unit tests of src/dateline.c.  Each row is an opening and
 * the dateline expected in it (text, city, region, agency, date; NULL for
 * absent), or no dateline at all.  Prints "ok" / "not ok" lines, and exits
 * non-zero on any failure. */
#include <stdio.h>
#include <string.h>

#include "dateline.h"

typedef struct {
    const char *opening;
    const char *text, *city, *region, *agency, *date;
} Case;

#define NONE NULL, NULL, NULL, NULL, NULL

static const Case cases[] = {
    /* AP */
    {"SEOUL, South Korea (AP) — North Korean leader Kim Jong Un inspected bombers.",
     "SEOUL, South Korea (AP) —", "SEOUL", "South Korea", "AP", NULL},
    {"WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) —", "WASHINGTON", NULL, "AP", NULL},
    {"KANSAS CITY, Mo. (AP) — A judge ruled.", "KANSAS CITY, Mo. (AP) —", "KANSAS CITY", "Mo.", "AP", NULL},
    {"NEW YORK (AP) -- Stocks fell.", "NEW YORK (AP) --", "NEW YORK", NULL, "AP", NULL},
    {"BOISE, Idaho (AP) - The governor signed it.", "BOISE, Idaho (AP) -", "BOISE", "Idaho", "AP", NULL},
    {"(AP) -- Officials said on Monday that the road would reopen.", "(AP) --", NULL, NULL, "AP", NULL},
    {"(AP) HONOLULU - A volcano erupted again.", "(AP) HONOLULU -", "HONOLULU", NULL, "AP", NULL},
    /* other agencies */
    {"LONDON, Nov 26 (Reuters) - Oil prices rose.", "LONDON, Nov 26 (Reuters) -", "LONDON", NULL, "Reuters", "Nov 26"},
    {"WASHINGTON (Reuters) - The Fed held rates.", "WASHINGTON (Reuters) -", "WASHINGTON", NULL, "Reuters", NULL},
    {"(Reuters) - Amazon said on Friday it would hire.", "(Reuters) -", NULL, NULL, "Reuters", NULL},
    {"NEW YORK, Sept 23 (AFP) - Oil edged higher.", "NEW YORK, Sept 23 (AFP) -", "NEW YORK", NULL, "AFP", "Sept 23"},
    {"KANSAS CITY, Mo., Feb. 21 (UPI) -- A storm hit.", "KANSAS CITY, Mo., Feb. 21 (UPI) --", "KANSAS CITY", "Mo.", "UPI", "Feb. 21"},
    {"(Bloomberg) -- Bitcoin plunged the most in weeks.", "(Bloomberg) --", NULL, NULL, "Bloomberg", NULL},
    {"(CNN) -- The storm moved north.", "(CNN) --", NULL, NULL, "CNN", NULL},
    {"Washington (CNN) -- Democrats pledged to act.", "Washington (CNN) --", "Washington", NULL, "CNN", NULL},
    {"Hong Kong (CNN Business) A muddled view of trade talks weighs on investors.",
     "Hong Kong (CNN Business)", "Hong Kong", NULL, "CNN Business", NULL},
    {"BEIJING, Aug. 17 (Xinhua) -- China launched a satellite.", "BEIJING, Aug. 17 (Xinhua) --", "BEIJING", NULL, "Xinhua", "Aug. 17"},
    {"BERLIN, August 24. /TASS/. Germany will send aid.", "BERLIN, August 24. /TASS/.", "BERLIN", NULL, "TASS", "August 24"},
    {"SEOUL, Sept. 1 (Yonhap) -- Exports rose.", "SEOUL, Sept. 1 (Yonhap) --", "SEOUL", NULL, "Yonhap", "Sept. 1"},
    {"ST. LOUIS, MO (KTVI) – Amid grief, the widow spoke.", "ST. LOUIS, MO (KTVI) –", "ST. LOUIS", "MO", "KTVI", NULL},
    /* no agency */
    {"NEW YORK — Stocks rose for a second day.", "NEW YORK —", "NEW YORK", NULL, NULL, NULL},
    {"WASHINGTON—The House adjourned.", "WASHINGTON—", "WASHINGTON", NULL, NULL, NULL},
    {"NEW DELHI: The government raised the cap.", "NEW DELHI:", "NEW DELHI", NULL, NULL, NULL},
    {"SALVADOR, Feb 26 - Showers continued throughout the week.", "SALVADOR, Feb 26 -", "SALVADOR", NULL, NULL, "Feb 26"},
    /* cities */
    {"SÃO PAULO — Brazil's central bank cut rates.", "SÃO PAULO —", "SÃO PAULO", NULL, NULL, NULL},
    {"COEUR D'ALENE, Idaho (AP) — A fire spread.", "COEUR D'ALENE, Idaho (AP) —", "COEUR D'ALENE", "Idaho", "AP", NULL},
    {"WINSTON-SALEM, N.C. (AP) — Police said.", "WINSTON-SALEM, N.C. (AP) —", "WINSTON-SALEM", "N.C.", "AP", NULL},
    {"UNITED NATIONS (AP) — The council met.", "UNITED NATIONS (AP) —", "UNITED NATIONS", NULL, "AP", NULL},
    {"McALLEN, Texas (AP) — Migrants crossed.", "McALLEN, Texas (AP) —", "McALLEN", "Texas", "AP", NULL},
    /* damaged and unusual forms */
    {"AP - Randy Johnson took a four-hitter into the ninth.", "AP -", NULL, NULL, "AP", NULL},
    {"washingtonpost.com - Aether Systems Inc. is selling units.", "washingtonpost.com -", NULL, NULL, "washingtonpost.com", NULL},
    {"NEW YORKFewer Americans lined up to claim benefits.", "NEW YORK", "NEW YORK", NULL, NULL, NULL},
    {"WASHINGTON (Aug. 13) -- Declaring the maritime soul of the Corps.", "WASHINGTON (Aug. 13) --", "WASHINGTON", NULL, NULL, "Aug. 13"},
    {"Pittsburgh\nBrock Nelson's second goal of the game capped a comeback.", "Pittsburgh", "Pittsburgh", NULL, NULL, NULL},
    {"BOSTON The jury is still out on computers.", "BOSTON", "BOSTON", NULL, NULL, NULL},
    {"ATHENS, Greece Track coach Trevor Graham admits it.", "ATHENS, Greece", "ATHENS", "Greece", NULL, NULL},
    {"Hamburg. Gabi Eutemüller und Eliane Steinmeyer stehen in einer Halle.", "Hamburg.", "Hamburg", NULL, NULL, NULL},
    {"Berlin. (dpa) Die Bundesregierung hat neue Regeln beschlossen.", "Berlin. (dpa)", "Berlin", NULL, "dpa", NULL},
    {"Frankfurt/Main. (dpa) Die Jury lobte das Buch.", "Frankfurt/Main. (dpa)", "Frankfurt/Main", NULL, "dpa", NULL},
    {"Köln. (dpa) - Die Stadt hat neue Regeln beschlossen.", "Köln. (dpa) -", "Köln", NULL, "dpa", NULL},
    {"BERLIN, 3. März (dpa) - Die Regierung hat neue Regeln beschlossen.", "BERLIN, 3. März (dpa) -", "BERLIN", NULL, "dpa", "3. März"},
    {"Moskau, 12. Juni 2024 (Reuters) - Die Regierung hat entschieden.", "Moskau, 12. Juni 2024 (Reuters) -", "Moskau", NULL, "Reuters", "12. Juni 2024"},
    {"Bogotá, 3 de marzo (EFE).- El Gobierno anunció nuevas medidas.", "Bogotá, 3 de marzo (EFE).-", "Bogotá", NULL, "EFE", "3 de marzo"},
    {"MADRID, 12 Mar. (EUROPA PRESS) - El Gobierno ha aprobado nuevas reglas.",
     "MADRID, 12 Mar. (EUROPA PRESS) -", "MADRID", NULL, "EUROPA PRESS", "12 Mar"},
    {"(ANSA) - ROMA, 12 MAR - Il governo ha approvato nuove regole.", "(ANSA) - ROMA, 12 MAR -",
     "ROMA", NULL, "ANSA", "12 MAR"},
    {"SAN FRANCISCO--(BUSINESS WIRE)--Acme Robotics today announced a new round.",
     "SAN FRANCISCO--(BUSINESS WIRE)--", "SAN FRANCISCO", NULL, "BUSINESS WIRE", NULL},
    {"BERLIN/MOSKAU (dpa-AFX) - Die Regierungen haben neue Regeln beschlossen.",
     "BERLIN/MOSKAU (dpa-AFX) -", "BERLIN/MOSKAU", NULL, "dpa-AFX", NULL},
    {"April 17 (Reuters) - Amazon canceled a game.", "April 17 (Reuters) -", NULL, NULL, "Reuters", "April 17"},
    {"Washington, DC, United States: Getting to the Moon is hard.", "Washington, DC, United States:", "Washington", "DC, United States", NULL, NULL},
    {"دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة", "دمشق، سوريا (CNN) --", "دمشق", "سوريا", "CNN", NULL},
    /* what comes before */
    {"By LAURAN NEERGAARD WASHINGTON (AP) -- Doctors said.", "WASHINGTON (AP) --", "WASHINGTON", NULL, "AP", NULL},
    {"By Kanishka Singh\n(Reuters) - Amazon's game division canceled a title.", "(Reuters) -", NULL, NULL, "Reuters", NULL},
    {"Published 10:21 a.m. ET Sept. 3, 2024\nCHICAGO (AP) — A prosecutor said.", "CHICAGO (AP) —", "CHICAGO", NULL, "AP", NULL},
    {"From the Associated Press\nLOS ANGELES — The fire grew.", "LOS ANGELES —", "LOS ANGELES", NULL, NULL, NULL},
    {"NEW YORK, Nov. 26, 2024 /PRNewswire/ -- Acme Corp. announced results.",
     "NEW YORK, Nov. 26, 2024 /PRNewswire/ --", "NEW YORK", NULL, "PRNewswire", "Nov. 26, 2024"},
    {"BRUSSELS (dpa) - The EU agreed on a deal.", "BRUSSELS (dpa) -", "BRUSSELS", NULL, "dpa", NULL},
    {"MADRID, 26 nov (EFE).- El Gobierno aprobó el plan.", "MADRID, 26 nov (EFE).-", "MADRID", NULL, "EFE", "26 nov"},
    {"PARIS, 26 novembre 2024 (AFP) - Le gouvernement a annoncé.", "PARIS, 26 novembre 2024 (AFP) -", "PARIS", NULL, "AFP", "26 novembre 2024"},
    {"МОСКВА, 26 ноября. /ТАСС/. Президент подписал указ.", "МОСКВА, 26 ноября. /ТАСС/.", "МОСКВА", NULL, "ТАСС", "26 ноября"},
    {"LOS ANGELES/NEW YORK (Reuters) - Studios agreed.", "LOS ANGELES/NEW YORK (Reuters) -", "LOS ANGELES/NEW YORK", NULL, "Reuters", NULL},
    {"GAZA CITY, Gaza Strip (AP) — Strikes hit the city.", "GAZA CITY, Gaza Strip (AP) —", "GAZA CITY", "Gaza Strip", "AP", NULL},
    {"By ZEKE MILLER\nUpdated 10:32 AM EST, November 26, 2024\nWASHINGTON (AP) — The president said.",
     "WASHINGTON (AP) —", "WASHINGTON", NULL, "AP", NULL},
    {"Canadian Press - OTTAWA (CP) - Most of the immigrants arrived.", "OTTAWA (CP) -", "OTTAWA", NULL, "CP", NULL},
    {"NewsFactor - Oracle has revamped its applications.", "NewsFactor -", NULL, NULL, "NewsFactor", NULL},
    {"NEW YORK, NY (PRWEB) October 26, 2024 -- Acme launched a product.",
     "NEW YORK, NY (PRWEB) October 26, 2024 --", "NEW YORK", "NY", "PRWEB", "October 26, 2024"},
    {"Hannover (dpa/lni) - Das Land plant neue Regeln.", "Hannover (dpa/lni) -", "Hannover", NULL, "dpa/lni", NULL},
    {"MADRID, 26 nov (EUROPA PRESS) - El Gobierno ha aprobado.", "MADRID, 26 nov (EUROPA PRESS) -", "MADRID", NULL, "EUROPA PRESS", "26 nov"},
    {"NASHVILLE, Tenn. (WKRN) — A storm hit the city.", "NASHVILLE, Tenn. (WKRN) —", "NASHVILLE", "Tenn.", "WKRN", NULL},
    {"KARACHI, Nov 26 (APP): The government announced a plan.", "KARACHI, Nov 26 (APP):", "KARACHI", NULL, "APP", "Nov 26"},
    {"New Delhi [India], Nov 26 (ANI): The minister said on Tuesday.",
     "New Delhi [India], Nov 26 (ANI):", "New Delhi", "India", "ANI", "Nov 26"},
    /* not datelines */
    {"(Adds comment from ministry, details) The ministry said on Monday.", NONE},
    {"GIRLS BASKETBALL\nPalm Bay (1-0): Smith 12, Jones 10.", NONE},
    {"McDonald - the company - said sales rose.", NONE},
    {"AFAIK – nothing blocks the upgrade for customers.", NONE},
    {"FYI - the patch is out, and the post says what it fixes.", NONE},
    {"BPM (Beats Per Minute) is a tender story of the Paris chapter of ACT UP.", NONE},
    {"MOSCOW, 12 человек погибли в результате аварии.", NONE},
    {"LE POINT SUR LA SITUATION - «Nous avons pratiquement fait échouer tout.»", NONE},
    {"THE LATEST ON THE STORM - Power is out across the county.", NONE},
    {"UK INSTITUTES have thrown their weight behind the plan.", NONE},
    {"UPDATE: The road has reopened.", NONE},
    {"FILE - In this Feb. 20, 2021 file photo, a man stands in a cage.", NONE},
    {"ASSOCIATED PRESS Donald Trump spoke on Monday.", NONE},
    {"U.S. forces have left the base.", NONE},
    {"LOOK WHAT YOU MADE ME DO\nBrace yourself, Swifties.", NONE},
    {"IT PROMISES to be a scene worthy of science fiction.", NONE},
    {"JESSICA LIVINGSTON: The most important thing is marketing.", NONE},
    {"Hong Kong is burning. The authorities pour fuel on the fire.", NONE},
    {"Two hostages — an American and an Australian — were released.", NONE},
    {"Binge eating disorder (BED) is the most common eating disorder.", NONE},
    {"Name: Ashley Location: Downtown — Los Angeles, California.", NONE},
    {"", NONE},
};

static int same(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

int main(void)
{
    int failed = 0, n = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const Case *c = &cases[i];
        Dateline d;
        int found = dateline_find(c->opening, strlen(c->opening), &d);
        int ok;
        if (!c->text)
            ok = !found;
        else
            ok = found && same(d.text, c->text) && same(d.city, c->city) &&
                 same(d.region, c->region) && same(d.agency, c->agency) && same(d.date, c->date);
        n++;
        if (ok) {
            printf("ok %d - dateline: %.50s\n", n, c->opening);
        } else {
            failed++;
            printf("not ok %d - dateline: %.50s\n", n, c->opening);
            if (found)
                printf("#   got text=%s city=%s region=%s agency=%s date=%s\n", d.text,
                       d.city ? d.city : "-", d.region ? d.region : "-",
                       d.agency ? d.agency : "-", d.date ? d.date : "-");
            else
                printf("#   got no dateline\n");
        }
        if (found)
            dateline_free(&d);
    }
    return failed ? 1 : 0;
}
