/**
 * Acts of Congress by popular name, with their home in the U.S. Code and the
 * codification of the sections presidential documents cite. Data, not logic.
 * Sources: the Office of the Law Revision Counsel's Table of Popular Names and
 * the U.S. Code section notes (uscode.house.gov), as cited in parallel in the
 * documents themselves ("section 232 of the Trade Expansion Act of 1962, as
 * amended (19 U.S.C. 1862)").
 */
export interface PopularName {
  /** The act's name as printed, without "the" and without the year. */
  readonly name: string
  /** Year that may follow the name ("of 1962"); the name is matched with or without it. */
  readonly year?: number
  /** Other names of the same act. */
  readonly aliases?: readonly string[]
  /** Abbreviations that stand for the act on their own ("IEEPA"), safe to read without a definition. */
  readonly abbreviations?: readonly string[]
  /** U.S. Code home of the act as a whole: `{title}/{section}`. */
  readonly home?: string
  /** Act section -> `{title}/{section}`. */
  readonly sections?: Readonly<Record<string, string>>
  /** Runs of sections codified at a fixed offset: section N -> `{title}/{N + add}` (letters kept, lower-cased). */
  readonly ranges?: ReadonlyArray<{
    readonly from: number
    readonly to: number
    readonly title: number
    readonly add: number
  }>
  /** Where the row comes from. */
  readonly source: string
}

const table = 'U.S. Code, Table of Popular Names and section notes (uscode.house.gov)'

export const popularNames: readonly PopularName[] = [
  {
    name: 'Trade Expansion Act',
    year: 1962,
    home: '19/1801',
    sections: {232: '19/1862'},
    source: `${table}; printed in parallel in the corpus: "section 232 of the Trade Expansion Act of 1962, as amended, 19 U.S.C. 1862"`
  },
  {
    name: 'Trade Act',
    year: 1974,
    home: '19/2101',
    sections: {
      122: '19/2132',
      201: '19/2251',
      202: '19/2252',
      203: '19/2253',
      204: '19/2254',
      301: '19/2411',
      302: '19/2412',
      304: '19/2414',
      307: '19/2417',
      502: '19/2462',
      503: '19/2463',
      '506A': '19/2466a',
      604: '19/2483'
    },
    source: `${table}; "section 604 of the Trade Act of 1974, as amended (19 U.S.C. 2483)"`
  },
  {
    name: 'International Emergency Economic Powers Act',
    abbreviations: ['IEEPA'],
    home: '50/1701',
    sections: {202: '50/1701', 203: '50/1702', 204: '50/1703', 205: '50/1704', 206: '50/1705'},
    ranges: [{from: 202, to: 208, title: 50, add: 1499}],
    source: `${table}; "International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA)"`
  },
  {
    name: 'National Emergencies Act',
    home: '50/1601',
    sections: {201: '50/1621', 202: '50/1622', 301: '50/1631', 401: '50/1641'},
    source: `${table}; "National Emergencies Act (50 U.S.C. 1601 et seq.)"`
  },
  {
    name: 'Immigration and Nationality Act',
    year: 1952,
    abbreviations: ['INA'],
    home: '8/1101',
    sections: {
      101: '8/1101',
      207: '8/1157',
      208: '8/1158',
      212: '8/1182',
      214: '8/1184',
      215: '8/1185',
      217: '8/1187',
      221: '8/1201',
      235: '8/1225',
      '240B': '8/1229c',
      243: '8/1253',
      244: '8/1254a',
      250: '8/1260',
      '274A': '8/1324a',
      287: '8/1357'
    },
    source: `${table}; "section 212(f) of the INA, 8 U.S.C. 1182(f)"; "sections 101, 212, and 214 of the INA, 8 U.S.C. 1101, 1182, and 1184" (Proclamation of September 19, 2025); "section 235(b)(1)(A)(iii)(I) of the INA (8 U.S.C. 1225(b)(1)(A)(iii)(I))", "section 240B ... (8 U.S.C. 1229c)", "section 244 ... (8 U.S.C. 1254a)", "section 250 ... (8 U.S.C. 1260)", "section 274A ... (8 U.S.C. 1324a)", "section 287(g) of the INA (8 U.S.C. 1357(g))" (Executive Order 14159)`
  },
  {
    name: 'Alien Enemies Act',
    home: '50/21',
    source: `${table}; "Alien Enemies Act (50 U.S.C. 21 et seq.)"`
  },
  {
    name: 'Antiquities Act',
    year: 1906,
    home: '54/320301',
    source: `${table}; "section 320301 of title 54, United States Code (the "Antiquities Act")"`
  },
  {
    name: 'Defense Production Act',
    year: 1950,
    home: '50/4501',
    sections: {
      101: '50/4511',
      104: '50/4514',
      301: '50/4531',
      302: '50/4532',
      303: '50/4533',
      708: '50/4558',
      721: '50/4565'
    },
    source: `${table}; "section 721 of the Defense Production Act of 1950, as amended (section 721), 50 U.S.C. 4565"`
  },
  {
    name: 'Tariff Act',
    year: 1930,
    home: '19/1202',
    sections: {
      307: '19/1307',
      321: '19/1321',
      336: '19/1336',
      338: '19/1338',
      '516A': '19/1516a',
      701: '19/1671',
      731: '19/1673'
    },
    // Titles III and IV (sections 301-654) are codified at 19 U.S.C. 1301-1654.
    ranges: [{from: 301, to: 654, title: 19, add: 1000}],
    source: `${table}; "section 338 of the Tariff Act of 1930, as amended (19 U.S.C. 1338)"`
  },
  {
    name: 'Foreign Assistance Act',
    year: 1961,
    home: '22/2151',
    sections: {
      490: '22/2291j',
      506: '22/2318',
      610: '22/2360',
      614: '22/2364',
      620: '22/2370',
      632: '22/2392',
      652: '22/2411'
    },
    source: `${table}; "section 506(a)(1) of the Foreign Assistance Act of 1961 (22 U.S.C. 2318(a)(1))"`
  },
  {
    name: 'Robert T. Stafford Disaster Relief and Emergency Assistance Act',
    aliases: ['Stafford Act'],
    home: '42/5121',
    sections: {401: '42/5170', 403: '42/5170b', 501: '42/5191'},
    source: `${table}; "the Stafford Act, 42 U.S.C. 5121 et seq."`
  },
  {
    name: 'Federal Advisory Committee Act',
    home: '5/1001',
    source: `${table} (recodified at 5 U.S.C. 1001 et seq. in 2022)`
  },
  {
    name: 'National Security Act',
    year: 1947,
    home: '50/3001',
    sections: {503: '50/3093'},
    source: table
  },
  {
    name: 'Arms Export Control Act',
    home: '22/2751',
    sections: {3: '22/2753', 36: '22/2776', 38: '22/2778', 40: '22/2780'},
    source: `${table}; "section 40 of the Arms Export Control Act (Public Law 90-629, as amended; 22 U.S.C. 2780)"`
  },
  {
    // Title III of Public Law 102-182, codified at 22 U.S.C. 5601 et seq.; no home of its own (cited as the law).
    name: 'Chemical and Biological Weapons Control and Warfare Elimination Act',
    year: 1991,
    sections: {307: '22/5605'},
    source: `${table}: section 307 (sanctions against use of chemical or biological weapons) is 22 U.S.C. 5605`
  },
  {
    name: 'Clean Air Act',
    home: '42/7401',
    sections: {111: '42/7411', 112: '42/7412'},
    source: `${table}; "section 112(i)(4) of the Clean Air Act, 42 U.S.C. 7412(i)(4)"`
  },
  {name: 'Social Security Act', home: '42/301', source: table},
  {name: 'Administrative Procedure Act', home: '5/551', source: table},
  {name: 'National Environmental Policy Act', year: 1969, home: '42/4321', source: table},
  {
    name: 'Endangered Species Act',
    year: 1973,
    home: '16/1531',
    sections: {4: '16/1533', 7: '16/1536'},
    source: table
  },
  {
    name: 'Balanced Budget and Emergency Deficit Control Act',
    year: 1985,
    home: '2/900',
    sections: {251: '2/901', '251A': '2/901a', 252: '2/902', 254: '2/904'},
    source: `${table}; "section 251A of the Balanced Budget and Emergency Deficit Control Act (the "Act"), as amended, 2 U.S.C. 901a"`
  },
  {name: 'Natural Gas Act', home: '15/717', sections: {3: '15/717b'}, source: table},
  {
    name: 'Trading with the Enemy Act',
    home: '50/4301',
    sections: {5: '50/4305'},
    source: `${table} (recodified at 50 U.S.C. 4301 et seq.)`
  },
  {
    name: 'Railway Labor Act',
    home: '45/151',
    sections: {10: '45/160', '9A': '45/159a'},
    source: table
  },
  {name: 'Insurrection Act', home: '10/251', source: table},
  {name: 'Economy Act', home: '31/1535', source: table},
  {name: 'Federal Vacancies Reform Act', year: 1998, home: '5/3345', source: table},
  {name: 'Atomic Energy Act', year: 1954, home: '42/2011', source: table},
  {name: 'Higher Education Act', year: 1965, home: '20/1001', source: table},
  {name: 'Controlled Substances Act', home: '21/801', source: table},
  {
    name: 'African Growth and Opportunity Act',
    home: '19/3701',
    sections: {104: '19/3703', 112: '19/3721'},
    source: table
  },
  {
    name: 'United States-Mexico-Canada Agreement Implementation Act',
    aliases: ['USMCA Implementation Act'],
    home: '19/4501',
    source: table
  },
  {
    name: 'Omnibus Trade and Competitiveness Act',
    year: 1988,
    sections: {1205: '19/3005', 1206: '19/3006'},
    source: table
  },
  {name: 'Trade Agreements Act', year: 1979, home: '19/2501', source: table},
  {name: 'Uruguay Round Agreements Act', home: '19/3501', source: table},
  {
    name: 'Agricultural Adjustment Act',
    sections: {22: '7/624'},
    source: `${table}; "section 22 of the Agricultural Adjustment Act (7 U.S.C. 624)"`
  },
  {
    name: 'Federal Property and Administrative Services Act',
    year: 1949,
    home: '40/101',
    source: table
  },
  {name: 'Presidential Records Act', year: 1978, home: '44/2201', source: table},
  {name: 'Federal Records Act', home: '44/3101', source: table},
  {name: 'Paperwork Reduction Act', home: '44/3501', source: table},
  {name: 'Congressional Review Act', home: '5/801', source: table},
  {name: 'Regulatory Flexibility Act', home: '5/601', source: table},
  {name: 'Federal Land Policy and Management Act', year: 1976, home: '43/1701', source: table},
  {
    name: 'Outer Continental Shelf Lands Act',
    home: '43/1331',
    sections: {12: '43/1341'},
    source: table
  },
  {
    name: 'Magnuson-Stevens Fishery Conservation and Management Act',
    home: '16/1801',
    source: table
  },
  {name: 'Marine Mammal Protection Act', year: 1972, home: '16/1361', source: table},
  {
    name: 'Clean Water Act',
    aliases: ['Federal Water Pollution Control Act'],
    home: '33/1251',
    source: table
  },
  {name: 'Fair Housing Act', home: '42/3601', source: table},
  {name: 'Civil Rights Act', year: 1964, home: '42/2000a', source: table},
  {name: 'Americans with Disabilities Act', year: 1990, home: '42/12101', source: table},
  {name: 'Rehabilitation Act', year: 1973, home: '29/701', source: table},
  {name: 'Privacy Act', year: 1974, home: '5/552a', source: table},
  {name: 'Freedom of Information Act', home: '5/552', source: table},
  {name: 'Small Business Act', home: '15/631', source: table},
  {name: 'Federal Trade Commission Act', home: '15/41', source: table},
  {name: 'Inspector General Act', year: 1978, home: '5/401', source: table},
  {
    name: 'Child Soldiers Prevention Act',
    year: 2008,
    home: '22/2370c',
    sections: {404: '22/2370c-1'},
    source: table
  },
  {
    name: 'Trafficking Victims Protection Act',
    year: 2000,
    home: '22/7101',
    sections: {110: '22/7107'},
    source: table
  },
  {
    name: 'Migration and Refugee Assistance Act',
    year: 1962,
    home: '22/2601',
    sections: {2: '22/2601'},
    source: table
  }
]
