// GeoGraph's seed as Cypher: every ISO 3166-1 country, then the founding article's bundle
// (src/GeoGraph.Core/Seed/seed-bundle.json), as the API seeds an empty store, written by
// `geograph export --format cypher` in the Neo4j store's own model.
//
// Generated: do not edit. tests/GeoGraph.Cli.Tests/SeedCypherTests.cs regenerates it and fails
// when this file differs; to update it: GEOGRAPH_UPDATE_SEED_CYPHER=1 dotnet test --project tests/GeoGraph.Cli.Tests
// Every recordedAt is 2025-10-14T05:03:00Z (the founding article's publication, 10:33 IST), so the
// file does not depend on the day it is made.
//
// Every statement MERGEs, so running it again changes nothing. Apply cypher/schema.cypher first.
// Run: geograph cypher --file cypher/seed.cypher (or paste into Neo4j Browser).

MERGE (a:Article {id: 'article:21064a8d1731bc87'})
SET a.title = '‘Unaware of facts’: Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump', a.titleKey = '‘unaware of facts’: beijing denies link between its rare earths restrictions and pakistan’s gift to trump', a.publishedAt = datetime('2025-10-14T10:33:00+05:30'), a.language = 'en', a.textSha256 = '21064a8d1731bc872ae9c3f4142277b1586edc078d8baeb2b5ee27c261931b1b', a.textLength = 6010, a.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AD'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Andorra', n.aliases = ['AND', 'Andorra la Vella'], n.aliasText = '\u0001and\u0001andorra la vella\u0001', n.searchKey = 'andorra', n.description = 'ISO 3166-1 AD / AND', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'United Arab Emirates', n.aliases = ['ARE', 'Abu Dhabi'], n.aliasText = '\u0001are\u0001abu dhabi\u0001', n.searchKey = 'united arab emirates', n.description = 'ISO 3166-1 AE / ARE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AF'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Afghanistan', n.aliases = ['AFG', 'Kabul'], n.aliasText = '\u0001afg\u0001kabul\u0001', n.searchKey = 'afghanistan', n.description = 'ISO 3166-1 AF / AFG', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Antigua and Barbuda', n.aliases = ['ATG', 'St. John\'s'], n.aliasText = '\u0001atg\u0001st. john\'s\u0001', n.searchKey = 'antigua and barbuda', n.description = 'ISO 3166-1 AG / ATG', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Anguilla', n.aliases = ['AIA', 'The Valley'], n.aliasText = '\u0001aia\u0001the valley\u0001', n.searchKey = 'anguilla', n.description = 'ISO 3166-1 AI / AIA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AL'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Albania', n.aliases = ['ALB', 'Tirana'], n.aliasText = '\u0001alb\u0001tirana\u0001', n.searchKey = 'albania', n.description = 'ISO 3166-1 AL / ALB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Armenia', n.aliases = ['ARM', 'Yerevan'], n.aliasText = '\u0001arm\u0001yerevan\u0001', n.searchKey = 'armenia', n.description = 'ISO 3166-1 AM / ARM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Angola', n.aliases = ['AGO', 'Luanda'], n.aliasText = '\u0001ago\u0001luanda\u0001', n.searchKey = 'angola', n.description = 'ISO 3166-1 AO / AGO', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AQ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Antarctica', n.aliases = ['ATA'], n.aliasText = '\u0001ata\u0001', n.searchKey = 'antarctica', n.description = 'ISO 3166-1 AQ / ATA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Argentina', n.aliases = ['ARG', 'Buenos Aires'], n.aliasText = '\u0001arg\u0001buenos aires\u0001', n.searchKey = 'argentina', n.description = 'ISO 3166-1 AR / ARG', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'American Samoa', n.aliases = ['ASM', 'Pago Pago'], n.aliasText = '\u0001asm\u0001pago pago\u0001', n.searchKey = 'american samoa', n.description = 'ISO 3166-1 AS / ASM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Austria', n.aliases = ['AUT', 'Vienna'], n.aliasText = '\u0001aut\u0001vienna\u0001', n.searchKey = 'austria', n.description = 'ISO 3166-1 AT / AUT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AU'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Australia', n.aliases = ['AUS', 'Canberra'], n.aliasText = '\u0001aus\u0001canberra\u0001', n.searchKey = 'australia', n.description = 'ISO 3166-1 AU / AUS', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Aruba', n.aliases = ['ABW', 'Oranjestad'], n.aliasText = '\u0001abw\u0001oranjestad\u0001', n.searchKey = 'aruba', n.description = 'ISO 3166-1 AW / ABW', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AX'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Åland Islands', n.aliases = ['ALA', 'Mariehamn'], n.aliasText = '\u0001ala\u0001mariehamn\u0001', n.searchKey = 'åland islands', n.description = 'ISO 3166-1 AX / ALA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:AZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Azerbaijan', n.aliases = ['AZE', 'Baku'], n.aliasText = '\u0001aze\u0001baku\u0001', n.searchKey = 'azerbaijan', n.description = 'ISO 3166-1 AZ / AZE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bosnia and Herzegovina', n.aliases = ['BIH', 'Sarajevo'], n.aliasText = '\u0001bih\u0001sarajevo\u0001', n.searchKey = 'bosnia and herzegovina', n.description = 'ISO 3166-1 BA / BIH', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BB'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Barbados', n.aliases = ['BRB', 'Bridgetown'], n.aliasText = '\u0001brb\u0001bridgetown\u0001', n.searchKey = 'barbados', n.description = 'ISO 3166-1 BB / BRB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BD'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bangladesh', n.aliases = ['BGD', 'Dhaka'], n.aliasText = '\u0001bgd\u0001dhaka\u0001', n.searchKey = 'bangladesh', n.description = 'ISO 3166-1 BD / BGD', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Belgium', n.aliases = ['BEL', 'Brussels'], n.aliasText = '\u0001bel\u0001brussels\u0001', n.searchKey = 'belgium', n.description = 'ISO 3166-1 BE / BEL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BF'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Burkina Faso', n.aliases = ['BFA', 'Ouagadougou'], n.aliasText = '\u0001bfa\u0001ouagadougou\u0001', n.searchKey = 'burkina faso', n.description = 'ISO 3166-1 BF / BFA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bulgaria', n.aliases = ['BGR', 'Sofia'], n.aliasText = '\u0001bgr\u0001sofia\u0001', n.searchKey = 'bulgaria', n.description = 'ISO 3166-1 BG / BGR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BH'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bahrain', n.aliases = ['BHR', 'Manama'], n.aliasText = '\u0001bhr\u0001manama\u0001', n.searchKey = 'bahrain', n.description = 'ISO 3166-1 BH / BHR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Burundi', n.aliases = ['BDI', 'Bujumbura'], n.aliasText = '\u0001bdi\u0001bujumbura\u0001', n.searchKey = 'burundi', n.description = 'ISO 3166-1 BI / BDI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BJ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Benin', n.aliases = ['BEN', 'Porto-Novo'], n.aliasText = '\u0001ben\u0001porto-novo\u0001', n.searchKey = 'benin', n.description = 'ISO 3166-1 BJ / BEN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BL'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Saint Barthélemy', n.aliases = ['BLM', 'Gustavia'], n.aliasText = '\u0001blm\u0001gustavia\u0001', n.searchKey = 'saint barthélemy', n.description = 'ISO 3166-1 BL / BLM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bermuda', n.aliases = ['BMU', 'Hamilton'], n.aliasText = '\u0001bmu\u0001hamilton\u0001', n.searchKey = 'bermuda', n.description = 'ISO 3166-1 BM / BMU', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Brunei Darussalam', n.aliases = ['BRN', 'Bandar Seri Begawan'], n.aliasText = '\u0001brn\u0001bandar seri begawan\u0001', n.searchKey = 'brunei darussalam', n.description = 'ISO 3166-1 BN / BRN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bolivia (Plurinational State of)', n.aliases = ['BOL', 'Sucre'], n.aliasText = '\u0001bol\u0001sucre\u0001', n.searchKey = 'bolivia (plurinational state of)', n.description = 'ISO 3166-1 BO / BOL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BQ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bonaire, Sint Eustatius and Saba', n.aliases = ['BES'], n.aliasText = '\u0001bes\u0001', n.searchKey = 'bonaire, sint eustatius and saba', n.description = 'ISO 3166-1 BQ / BES', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Brazil', n.aliases = ['BRA', 'Brasilia'], n.aliasText = '\u0001bra\u0001brasilia\u0001', n.searchKey = 'brazil', n.description = 'ISO 3166-1 BR / BRA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bahamas', n.aliases = ['BHS', 'Nassau'], n.aliasText = '\u0001bhs\u0001nassau\u0001', n.searchKey = 'bahamas', n.description = 'ISO 3166-1 BS / BHS', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bhutan', n.aliases = ['BTN', 'Thimphu'], n.aliasText = '\u0001btn\u0001thimphu\u0001', n.searchKey = 'bhutan', n.description = 'ISO 3166-1 BT / BTN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BV'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Bouvet Island', n.aliases = ['BVT'], n.aliasText = '\u0001bvt\u0001', n.searchKey = 'bouvet island', n.description = 'ISO 3166-1 BV / BVT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Botswana', n.aliases = ['BWA', 'Gaborone'], n.aliasText = '\u0001bwa\u0001gaborone\u0001', n.searchKey = 'botswana', n.description = 'ISO 3166-1 BW / BWA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BY'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Belarus', n.aliases = ['BLR', 'Minsk'], n.aliasText = '\u0001blr\u0001minsk\u0001', n.searchKey = 'belarus', n.description = 'ISO 3166-1 BY / BLR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:BZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Belize', n.aliases = ['BLZ', 'Belmopan'], n.aliasText = '\u0001blz\u0001belmopan\u0001', n.searchKey = 'belize', n.description = 'ISO 3166-1 BZ / BLZ', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Canada', n.aliases = ['CAN', 'Ottawa'], n.aliasText = '\u0001can\u0001ottawa\u0001', n.searchKey = 'canada', n.description = 'ISO 3166-1 CA / CAN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CC'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Cocos (Keeling) Islands', n.aliases = ['CCK', 'West Island'], n.aliasText = '\u0001cck\u0001west island\u0001', n.searchKey = 'cocos (keeling) islands', n.description = 'ISO 3166-1 CC / CCK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CD'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Democratic Republic of the Congo', n.aliases = ['COD', 'Kinshasa'], n.aliasText = '\u0001cod\u0001kinshasa\u0001', n.searchKey = 'democratic republic of the congo', n.description = 'ISO 3166-1 CD / COD', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CF'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Central African Republic', n.aliases = ['CAF', 'Bangui'], n.aliasText = '\u0001caf\u0001bangui\u0001', n.searchKey = 'central african republic', n.description = 'ISO 3166-1 CF / CAF', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Congo', n.aliases = ['COG', 'Brazzaville'], n.aliasText = '\u0001cog\u0001brazzaville\u0001', n.searchKey = 'congo', n.description = 'ISO 3166-1 CG / COG', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CH'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Switzerland', n.aliases = ['CHE', 'Bern'], n.aliasText = '\u0001che\u0001bern\u0001', n.searchKey = 'switzerland', n.description = 'ISO 3166-1 CH / CHE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Côte d\'Ivoire', n.aliases = ['CIV', 'Yamoussoukro'], n.aliasText = '\u0001civ\u0001yamoussoukro\u0001', n.searchKey = 'côte d\'ivoire', n.description = 'ISO 3166-1 CI / CIV', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Cook Islands', n.aliases = ['COK', 'Avarua'], n.aliasText = '\u0001cok\u0001avarua\u0001', n.searchKey = 'cook islands', n.description = 'ISO 3166-1 CK / COK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CL'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Chile', n.aliases = ['CHL', 'Santiago'], n.aliasText = '\u0001chl\u0001santiago\u0001', n.searchKey = 'chile', n.description = 'ISO 3166-1 CL / CHL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Cameroon', n.aliases = ['CMR', 'Yaounde'], n.aliasText = '\u0001cmr\u0001yaounde\u0001', n.searchKey = 'cameroon', n.description = 'ISO 3166-1 CM / CMR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'China', n.aliases = ['CHN', 'Beijing'], n.aliasText = '\u0001chn\u0001beijing\u0001', n.searchKey = 'china', n.description = 'ISO 3166-1 CN / CHN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Colombia', n.aliases = ['COL', 'Bogota'], n.aliasText = '\u0001col\u0001bogota\u0001', n.searchKey = 'colombia', n.description = 'ISO 3166-1 CO / COL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Costa Rica', n.aliases = ['CRI', 'San Jose'], n.aliasText = '\u0001cri\u0001san jose\u0001', n.searchKey = 'costa rica', n.description = 'ISO 3166-1 CR / CRI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CU'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Cuba', n.aliases = ['CUB', 'Havana'], n.aliasText = '\u0001cub\u0001havana\u0001', n.searchKey = 'cuba', n.description = 'ISO 3166-1 CU / CUB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CV'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Cabo Verde', n.aliases = ['CPV', 'Praia'], n.aliasText = '\u0001cpv\u0001praia\u0001', n.searchKey = 'cabo verde', n.description = 'ISO 3166-1 CV / CPV', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Curaçao', n.aliases = ['CUW', 'Willemstad'], n.aliasText = '\u0001cuw\u0001willemstad\u0001', n.searchKey = 'curaçao', n.description = 'ISO 3166-1 CW / CUW', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CX'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Christmas Island', n.aliases = ['CXR', 'Flying Fish Cove'], n.aliasText = '\u0001cxr\u0001flying fish cove\u0001', n.searchKey = 'christmas island', n.description = 'ISO 3166-1 CX / CXR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CY'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Cyprus', n.aliases = ['CYP', 'Nicosia'], n.aliasText = '\u0001cyp\u0001nicosia\u0001', n.searchKey = 'cyprus', n.description = 'ISO 3166-1 CY / CYP', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:CZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Czechia', n.aliases = ['CZE', 'Prague'], n.aliasText = '\u0001cze\u0001prague\u0001', n.searchKey = 'czechia', n.description = 'ISO 3166-1 CZ / CZE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:DE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Germany', n.aliases = ['DEU', 'Berlin'], n.aliasText = '\u0001deu\u0001berlin\u0001', n.searchKey = 'germany', n.description = 'ISO 3166-1 DE / DEU', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:DJ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Djibouti', n.aliases = ['DJI', 'Djibouti'], n.aliasText = '\u0001dji\u0001djibouti\u0001', n.searchKey = 'djibouti', n.description = 'ISO 3166-1 DJ / DJI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:DK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Denmark', n.aliases = ['DNK', 'Copenhagen'], n.aliasText = '\u0001dnk\u0001copenhagen\u0001', n.searchKey = 'denmark', n.description = 'ISO 3166-1 DK / DNK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:DM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Dominica', n.aliases = ['DMA', 'Roseau'], n.aliasText = '\u0001dma\u0001roseau\u0001', n.searchKey = 'dominica', n.description = 'ISO 3166-1 DM / DMA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:DO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Dominican Republic', n.aliases = ['DOM', 'Santo Domingo'], n.aliasText = '\u0001dom\u0001santo domingo\u0001', n.searchKey = 'dominican republic', n.description = 'ISO 3166-1 DO / DOM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:DZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Algeria', n.aliases = ['DZA', 'Algiers'], n.aliasText = '\u0001dza\u0001algiers\u0001', n.searchKey = 'algeria', n.description = 'ISO 3166-1 DZ / DZA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:EC'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Ecuador', n.aliases = ['ECU', 'Quito'], n.aliasText = '\u0001ecu\u0001quito\u0001', n.searchKey = 'ecuador', n.description = 'ISO 3166-1 EC / ECU', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:EE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Estonia', n.aliases = ['EST', 'Tallinn'], n.aliasText = '\u0001est\u0001tallinn\u0001', n.searchKey = 'estonia', n.description = 'ISO 3166-1 EE / EST', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:EG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Egypt', n.aliases = ['EGY', 'Cairo'], n.aliasText = '\u0001egy\u0001cairo\u0001', n.searchKey = 'egypt', n.description = 'ISO 3166-1 EG / EGY', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:EH'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Western Sahara', n.aliases = ['ESH', 'El-Aaiun'], n.aliasText = '\u0001esh\u0001el-aaiun\u0001', n.searchKey = 'western sahara', n.description = 'ISO 3166-1 EH / ESH', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ER'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Eritrea', n.aliases = ['ERI', 'Asmara'], n.aliasText = '\u0001eri\u0001asmara\u0001', n.searchKey = 'eritrea', n.description = 'ISO 3166-1 ER / ERI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ES'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Spain', n.aliases = ['ESP', 'Madrid'], n.aliasText = '\u0001esp\u0001madrid\u0001', n.searchKey = 'spain', n.description = 'ISO 3166-1 ES / ESP', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ET'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Ethiopia', n.aliases = ['ETH', 'Addis Ababa'], n.aliasText = '\u0001eth\u0001addis ababa\u0001', n.searchKey = 'ethiopia', n.description = 'ISO 3166-1 ET / ETH', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:FI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Finland', n.aliases = ['FIN', 'Helsinki'], n.aliasText = '\u0001fin\u0001helsinki\u0001', n.searchKey = 'finland', n.description = 'ISO 3166-1 FI / FIN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:FJ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Fiji', n.aliases = ['FJI', 'Suva'], n.aliasText = '\u0001fji\u0001suva\u0001', n.searchKey = 'fiji', n.description = 'ISO 3166-1 FJ / FJI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:FK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Falkland Islands (Malvinas)', n.aliases = ['FLK', 'Stanley'], n.aliasText = '\u0001flk\u0001stanley\u0001', n.searchKey = 'falkland islands (malvinas)', n.description = 'ISO 3166-1 FK / FLK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:FM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Micronesia (Federated States of)', n.aliases = ['FSM', 'Palikir'], n.aliasText = '\u0001fsm\u0001palikir\u0001', n.searchKey = 'micronesia (federated states of)', n.description = 'ISO 3166-1 FM / FSM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:FO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Faroe Islands', n.aliases = ['FRO', 'Torshavn'], n.aliasText = '\u0001fro\u0001torshavn\u0001', n.searchKey = 'faroe islands', n.description = 'ISO 3166-1 FO / FRO', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:FR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'France', n.aliases = ['FRA', 'Paris'], n.aliasText = '\u0001fra\u0001paris\u0001', n.searchKey = 'france', n.description = 'ISO 3166-1 FR / FRA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Gabon', n.aliases = ['GAB', 'Libreville'], n.aliasText = '\u0001gab\u0001libreville\u0001', n.searchKey = 'gabon', n.description = 'ISO 3166-1 GA / GAB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GB'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'United Kingdom of Great Britain and Northern Ireland', n.aliases = ['GBR', 'London'], n.aliasText = '\u0001gbr\u0001london\u0001', n.searchKey = 'united kingdom of great britain and northern ireland', n.description = 'ISO 3166-1 GB / GBR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GD'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Grenada', n.aliases = ['GRD', 'St. George\'s'], n.aliasText = '\u0001grd\u0001st. george\'s\u0001', n.searchKey = 'grenada', n.description = 'ISO 3166-1 GD / GRD', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Georgia', n.aliases = ['GEO', 'Tbilisi'], n.aliasText = '\u0001geo\u0001tbilisi\u0001', n.searchKey = 'georgia', n.description = 'ISO 3166-1 GE / GEO', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GF'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'French Guiana', n.aliases = ['GUF', 'Cayenne'], n.aliasText = '\u0001guf\u0001cayenne\u0001', n.searchKey = 'french guiana', n.description = 'ISO 3166-1 GF / GUF', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Guernsey', n.aliases = ['GGY', 'St Peter Port'], n.aliasText = '\u0001ggy\u0001st peter port\u0001', n.searchKey = 'guernsey', n.description = 'ISO 3166-1 GG / GGY', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GH'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Ghana', n.aliases = ['GHA', 'Accra'], n.aliasText = '\u0001gha\u0001accra\u0001', n.searchKey = 'ghana', n.description = 'ISO 3166-1 GH / GHA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Gibraltar', n.aliases = ['GIB', 'Gibraltar'], n.aliasText = '\u0001gib\u0001gibraltar\u0001', n.searchKey = 'gibraltar', n.description = 'ISO 3166-1 GI / GIB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GL'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Greenland', n.aliases = ['GRL', 'Nuuk'], n.aliasText = '\u0001grl\u0001nuuk\u0001', n.searchKey = 'greenland', n.description = 'ISO 3166-1 GL / GRL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Gambia', n.aliases = ['GMB', 'Banjul'], n.aliasText = '\u0001gmb\u0001banjul\u0001', n.searchKey = 'gambia', n.description = 'ISO 3166-1 GM / GMB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Guinea', n.aliases = ['GIN', 'Conakry'], n.aliasText = '\u0001gin\u0001conakry\u0001', n.searchKey = 'guinea', n.description = 'ISO 3166-1 GN / GIN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GP'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Guadeloupe', n.aliases = ['GLP', 'Basse-Terre'], n.aliasText = '\u0001glp\u0001basse-terre\u0001', n.searchKey = 'guadeloupe', n.description = 'ISO 3166-1 GP / GLP', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GQ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Equatorial Guinea', n.aliases = ['GNQ', 'Malabo'], n.aliasText = '\u0001gnq\u0001malabo\u0001', n.searchKey = 'equatorial guinea', n.description = 'ISO 3166-1 GQ / GNQ', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Greece', n.aliases = ['GRC', 'Athens'], n.aliasText = '\u0001grc\u0001athens\u0001', n.searchKey = 'greece', n.description = 'ISO 3166-1 GR / GRC', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'South Georgia and the South Sandwich Islands', n.aliases = ['SGS', 'Grytviken'], n.aliasText = '\u0001sgs\u0001grytviken\u0001', n.searchKey = 'south georgia and the south sandwich islands', n.description = 'ISO 3166-1 GS / SGS', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Guatemala', n.aliases = ['GTM', 'Guatemala City'], n.aliasText = '\u0001gtm\u0001guatemala city\u0001', n.searchKey = 'guatemala', n.description = 'ISO 3166-1 GT / GTM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GU'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Guam', n.aliases = ['GUM', 'Hagatna'], n.aliasText = '\u0001gum\u0001hagatna\u0001', n.searchKey = 'guam', n.description = 'ISO 3166-1 GU / GUM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Guinea-Bissau', n.aliases = ['GNB', 'Bissau'], n.aliasText = '\u0001gnb\u0001bissau\u0001', n.searchKey = 'guinea-bissau', n.description = 'ISO 3166-1 GW / GNB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:GY'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Guyana', n.aliases = ['GUY', 'Georgetown'], n.aliasText = '\u0001guy\u0001georgetown\u0001', n.searchKey = 'guyana', n.description = 'ISO 3166-1 GY / GUY', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:HK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Hong Kong', n.aliases = ['HKG', 'Hong Kong'], n.aliasText = '\u0001hkg\u0001hong kong\u0001', n.searchKey = 'hong kong', n.description = 'ISO 3166-1 HK / HKG', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:HM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Heard Island and McDonald Islands', n.aliases = ['HMD'], n.aliasText = '\u0001hmd\u0001', n.searchKey = 'heard island and mcdonald islands', n.description = 'ISO 3166-1 HM / HMD', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:HN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Honduras', n.aliases = ['HND', 'Tegucigalpa'], n.aliasText = '\u0001hnd\u0001tegucigalpa\u0001', n.searchKey = 'honduras', n.description = 'ISO 3166-1 HN / HND', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:HR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Croatia', n.aliases = ['HRV', 'Zagreb'], n.aliasText = '\u0001hrv\u0001zagreb\u0001', n.searchKey = 'croatia', n.description = 'ISO 3166-1 HR / HRV', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:HT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Haiti', n.aliases = ['HTI', 'Port-au-Prince'], n.aliasText = '\u0001hti\u0001port-au-prince\u0001', n.searchKey = 'haiti', n.description = 'ISO 3166-1 HT / HTI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:HU'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Hungary', n.aliases = ['HUN', 'Budapest'], n.aliasText = '\u0001hun\u0001budapest\u0001', n.searchKey = 'hungary', n.description = 'ISO 3166-1 HU / HUN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ID'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Indonesia', n.aliases = ['IDN', 'Jakarta'], n.aliasText = '\u0001idn\u0001jakarta\u0001', n.searchKey = 'indonesia', n.description = 'ISO 3166-1 ID / IDN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:IE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Ireland', n.aliases = ['IRL', 'Dublin'], n.aliasText = '\u0001irl\u0001dublin\u0001', n.searchKey = 'ireland', n.description = 'ISO 3166-1 IE / IRL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:IL'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Israel', n.aliases = ['ISR', 'Jerusalem'], n.aliasText = '\u0001isr\u0001jerusalem\u0001', n.searchKey = 'israel', n.description = 'ISO 3166-1 IL / ISR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:IM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Isle of Man', n.aliases = ['IMN', 'Douglas'], n.aliasText = '\u0001imn\u0001douglas\u0001', n.searchKey = 'isle of man', n.description = 'ISO 3166-1 IM / IMN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:IN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'India', n.aliases = ['IND', 'New Delhi'], n.aliasText = '\u0001ind\u0001new delhi\u0001', n.searchKey = 'india', n.description = 'ISO 3166-1 IN / IND', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:IO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'British Indian Ocean Territory', n.aliases = ['IOT', 'Diego Garcia'], n.aliasText = '\u0001iot\u0001diego garcia\u0001', n.searchKey = 'british indian ocean territory', n.description = 'ISO 3166-1 IO / IOT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:IQ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Iraq', n.aliases = ['IRQ', 'Baghdad'], n.aliasText = '\u0001irq\u0001baghdad\u0001', n.searchKey = 'iraq', n.description = 'ISO 3166-1 IQ / IRQ', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:IR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Iran (Islamic Republic of)', n.aliases = ['IRN', 'Tehran'], n.aliasText = '\u0001irn\u0001tehran\u0001', n.searchKey = 'iran (islamic republic of)', n.description = 'ISO 3166-1 IR / IRN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:IS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Iceland', n.aliases = ['ISL', 'Reykjavik'], n.aliasText = '\u0001isl\u0001reykjavik\u0001', n.searchKey = 'iceland', n.description = 'ISO 3166-1 IS / ISL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:IT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Italy', n.aliases = ['ITA', 'Rome'], n.aliasText = '\u0001ita\u0001rome\u0001', n.searchKey = 'italy', n.description = 'ISO 3166-1 IT / ITA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:JE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Jersey', n.aliases = ['JEY', 'Saint Helier'], n.aliasText = '\u0001jey\u0001saint helier\u0001', n.searchKey = 'jersey', n.description = 'ISO 3166-1 JE / JEY', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:JM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Jamaica', n.aliases = ['JAM', 'Kingston'], n.aliasText = '\u0001jam\u0001kingston\u0001', n.searchKey = 'jamaica', n.description = 'ISO 3166-1 JM / JAM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:JO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Jordan', n.aliases = ['JOR', 'Amman'], n.aliasText = '\u0001jor\u0001amman\u0001', n.searchKey = 'jordan', n.description = 'ISO 3166-1 JO / JOR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:JP'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Japan', n.aliases = ['JPN', 'Tokyo'], n.aliasText = '\u0001jpn\u0001tokyo\u0001', n.searchKey = 'japan', n.description = 'ISO 3166-1 JP / JPN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Kenya', n.aliases = ['KEN', 'Nairobi'], n.aliasText = '\u0001ken\u0001nairobi\u0001', n.searchKey = 'kenya', n.description = 'ISO 3166-1 KE / KEN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Kyrgyzstan', n.aliases = ['KGZ', 'Bishkek'], n.aliasText = '\u0001kgz\u0001bishkek\u0001', n.searchKey = 'kyrgyzstan', n.description = 'ISO 3166-1 KG / KGZ', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KH'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Cambodia', n.aliases = ['KHM', 'Phnom Penh'], n.aliasText = '\u0001khm\u0001phnom penh\u0001', n.searchKey = 'cambodia', n.description = 'ISO 3166-1 KH / KHM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Kiribati', n.aliases = ['KIR', 'Tarawa'], n.aliasText = '\u0001kir\u0001tarawa\u0001', n.searchKey = 'kiribati', n.description = 'ISO 3166-1 KI / KIR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Comoros', n.aliases = ['COM', 'Moroni'], n.aliasText = '\u0001com\u0001moroni\u0001', n.searchKey = 'comoros', n.description = 'ISO 3166-1 KM / COM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Saint Kitts and Nevis', n.aliases = ['KNA', 'Basseterre'], n.aliasText = '\u0001kna\u0001basseterre\u0001', n.searchKey = 'saint kitts and nevis', n.description = 'ISO 3166-1 KN / KNA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KP'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Democratic People\'s Republic of Korea', n.aliases = ['PRK', 'Pyongyang'], n.aliasText = '\u0001prk\u0001pyongyang\u0001', n.searchKey = 'democratic people\'s republic of korea', n.description = 'ISO 3166-1 KP / PRK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Republic of Korea', n.aliases = ['KOR', 'Seoul'], n.aliasText = '\u0001kor\u0001seoul\u0001', n.searchKey = 'republic of korea', n.description = 'ISO 3166-1 KR / KOR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Kuwait', n.aliases = ['KWT', 'Kuwait City'], n.aliasText = '\u0001kwt\u0001kuwait city\u0001', n.searchKey = 'kuwait', n.description = 'ISO 3166-1 KW / KWT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KY'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Cayman Islands', n.aliases = ['CYM', 'George Town'], n.aliasText = '\u0001cym\u0001george town\u0001', n.searchKey = 'cayman islands', n.description = 'ISO 3166-1 KY / CYM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:KZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Kazakhstan', n.aliases = ['KAZ', 'Astana'], n.aliasText = '\u0001kaz\u0001astana\u0001', n.searchKey = 'kazakhstan', n.description = 'ISO 3166-1 KZ / KAZ', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Lao People\'s Democratic Republic', n.aliases = ['LAO', 'Vientiane'], n.aliasText = '\u0001lao\u0001vientiane\u0001', n.searchKey = 'lao people\'s democratic republic', n.description = 'ISO 3166-1 LA / LAO', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LB'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Lebanon', n.aliases = ['LBN', 'Beirut'], n.aliasText = '\u0001lbn\u0001beirut\u0001', n.searchKey = 'lebanon', n.description = 'ISO 3166-1 LB / LBN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LC'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Saint Lucia', n.aliases = ['LCA', 'Castries'], n.aliasText = '\u0001lca\u0001castries\u0001', n.searchKey = 'saint lucia', n.description = 'ISO 3166-1 LC / LCA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Liechtenstein', n.aliases = ['LIE', 'Vaduz'], n.aliasText = '\u0001lie\u0001vaduz\u0001', n.searchKey = 'liechtenstein', n.description = 'ISO 3166-1 LI / LIE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Sri Lanka', n.aliases = ['LKA', 'Colombo'], n.aliasText = '\u0001lka\u0001colombo\u0001', n.searchKey = 'sri lanka', n.description = 'ISO 3166-1 LK / LKA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Liberia', n.aliases = ['LBR', 'Monrovia'], n.aliasText = '\u0001lbr\u0001monrovia\u0001', n.searchKey = 'liberia', n.description = 'ISO 3166-1 LR / LBR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Lesotho', n.aliases = ['LSO', 'Maseru'], n.aliasText = '\u0001lso\u0001maseru\u0001', n.searchKey = 'lesotho', n.description = 'ISO 3166-1 LS / LSO', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Lithuania', n.aliases = ['LTU', 'Vilnius'], n.aliasText = '\u0001ltu\u0001vilnius\u0001', n.searchKey = 'lithuania', n.description = 'ISO 3166-1 LT / LTU', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LU'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Luxembourg', n.aliases = ['LUX', 'Luxembourg'], n.aliasText = '\u0001lux\u0001luxembourg\u0001', n.searchKey = 'luxembourg', n.description = 'ISO 3166-1 LU / LUX', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LV'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Latvia', n.aliases = ['LVA', 'Riga'], n.aliasText = '\u0001lva\u0001riga\u0001', n.searchKey = 'latvia', n.description = 'ISO 3166-1 LV / LVA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:LY'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Libya', n.aliases = ['LBY', 'Tripoli'], n.aliasText = '\u0001lby\u0001tripoli\u0001', n.searchKey = 'libya', n.description = 'ISO 3166-1 LY / LBY', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Morocco', n.aliases = ['MAR', 'Rabat'], n.aliasText = '\u0001mar\u0001rabat\u0001', n.searchKey = 'morocco', n.description = 'ISO 3166-1 MA / MAR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MC'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Monaco', n.aliases = ['MCO', 'Monaco'], n.aliasText = '\u0001mco\u0001monaco\u0001', n.searchKey = 'monaco', n.description = 'ISO 3166-1 MC / MCO', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MD'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Republic of Moldova', n.aliases = ['MDA', 'Chisinau'], n.aliasText = '\u0001mda\u0001chisinau\u0001', n.searchKey = 'republic of moldova', n.description = 'ISO 3166-1 MD / MDA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ME'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Montenegro', n.aliases = ['MNE', 'Podgorica'], n.aliasText = '\u0001mne\u0001podgorica\u0001', n.searchKey = 'montenegro', n.description = 'ISO 3166-1 ME / MNE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MF'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Saint Martin (French part)', n.aliases = ['MAF', 'Marigot'], n.aliasText = '\u0001maf\u0001marigot\u0001', n.searchKey = 'saint martin (french part)', n.description = 'ISO 3166-1 MF / MAF', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Madagascar', n.aliases = ['MDG', 'Antananarivo'], n.aliasText = '\u0001mdg\u0001antananarivo\u0001', n.searchKey = 'madagascar', n.description = 'ISO 3166-1 MG / MDG', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MH'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Marshall Islands', n.aliases = ['MHL', 'Majuro'], n.aliasText = '\u0001mhl\u0001majuro\u0001', n.searchKey = 'marshall islands', n.description = 'ISO 3166-1 MH / MHL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'North Macedonia', n.aliases = ['MKD', 'Skopje'], n.aliasText = '\u0001mkd\u0001skopje\u0001', n.searchKey = 'north macedonia', n.description = 'ISO 3166-1 MK / MKD', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ML'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Mali', n.aliases = ['MLI', 'Bamako'], n.aliasText = '\u0001mli\u0001bamako\u0001', n.searchKey = 'mali', n.description = 'ISO 3166-1 ML / MLI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Myanmar', n.aliases = ['MMR', 'Nay Pyi Taw'], n.aliasText = '\u0001mmr\u0001nay pyi taw\u0001', n.searchKey = 'myanmar', n.description = 'ISO 3166-1 MM / MMR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Mongolia', n.aliases = ['MNG', 'Ulan Bator'], n.aliasText = '\u0001mng\u0001ulan bator\u0001', n.searchKey = 'mongolia', n.description = 'ISO 3166-1 MN / MNG', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Macao', n.aliases = ['MAC', 'Macao'], n.aliasText = '\u0001mac\u0001macao\u0001', n.searchKey = 'macao', n.description = 'ISO 3166-1 MO / MAC', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MP'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Northern Mariana Islands', n.aliases = ['MNP', 'Saipan'], n.aliasText = '\u0001mnp\u0001saipan\u0001', n.searchKey = 'northern mariana islands', n.description = 'ISO 3166-1 MP / MNP', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MQ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Martinique', n.aliases = ['MTQ', 'Fort-de-France'], n.aliasText = '\u0001mtq\u0001fort-de-france\u0001', n.searchKey = 'martinique', n.description = 'ISO 3166-1 MQ / MTQ', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Mauritania', n.aliases = ['MRT', 'Nouakchott'], n.aliasText = '\u0001mrt\u0001nouakchott\u0001', n.searchKey = 'mauritania', n.description = 'ISO 3166-1 MR / MRT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Montserrat', n.aliases = ['MSR', 'Plymouth'], n.aliasText = '\u0001msr\u0001plymouth\u0001', n.searchKey = 'montserrat', n.description = 'ISO 3166-1 MS / MSR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Malta', n.aliases = ['MLT', 'Valletta'], n.aliasText = '\u0001mlt\u0001valletta\u0001', n.searchKey = 'malta', n.description = 'ISO 3166-1 MT / MLT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MU'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Mauritius', n.aliases = ['MUS', 'Port Louis'], n.aliasText = '\u0001mus\u0001port louis\u0001', n.searchKey = 'mauritius', n.description = 'ISO 3166-1 MU / MUS', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MV'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Maldives', n.aliases = ['MDV', 'Male'], n.aliasText = '\u0001mdv\u0001male\u0001', n.searchKey = 'maldives', n.description = 'ISO 3166-1 MV / MDV', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Malawi', n.aliases = ['MWI', 'Lilongwe'], n.aliasText = '\u0001mwi\u0001lilongwe\u0001', n.searchKey = 'malawi', n.description = 'ISO 3166-1 MW / MWI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MX'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Mexico', n.aliases = ['MEX', 'Mexico City'], n.aliasText = '\u0001mex\u0001mexico city\u0001', n.searchKey = 'mexico', n.description = 'ISO 3166-1 MX / MEX', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MY'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Malaysia', n.aliases = ['MYS', 'Kuala Lumpur'], n.aliasText = '\u0001mys\u0001kuala lumpur\u0001', n.searchKey = 'malaysia', n.description = 'ISO 3166-1 MY / MYS', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:MZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Mozambique', n.aliases = ['MOZ', 'Maputo'], n.aliasText = '\u0001moz\u0001maputo\u0001', n.searchKey = 'mozambique', n.description = 'ISO 3166-1 MZ / MOZ', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Namibia', n.aliases = ['NAM', 'Windhoek'], n.aliasText = '\u0001nam\u0001windhoek\u0001', n.searchKey = 'namibia', n.description = 'ISO 3166-1 NA / NAM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NC'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'New Caledonia', n.aliases = ['NCL', 'Noumea'], n.aliasText = '\u0001ncl\u0001noumea\u0001', n.searchKey = 'new caledonia', n.description = 'ISO 3166-1 NC / NCL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Niger', n.aliases = ['NER', 'Niamey'], n.aliasText = '\u0001ner\u0001niamey\u0001', n.searchKey = 'niger', n.description = 'ISO 3166-1 NE / NER', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NF'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Norfolk Island', n.aliases = ['NFK', 'Kingston'], n.aliasText = '\u0001nfk\u0001kingston\u0001', n.searchKey = 'norfolk island', n.description = 'ISO 3166-1 NF / NFK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Nigeria', n.aliases = ['NGA', 'Abuja'], n.aliasText = '\u0001nga\u0001abuja\u0001', n.searchKey = 'nigeria', n.description = 'ISO 3166-1 NG / NGA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Nicaragua', n.aliases = ['NIC', 'Managua'], n.aliasText = '\u0001nic\u0001managua\u0001', n.searchKey = 'nicaragua', n.description = 'ISO 3166-1 NI / NIC', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NL'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Netherlands', n.aliases = ['NLD', 'Amsterdam'], n.aliasText = '\u0001nld\u0001amsterdam\u0001', n.searchKey = 'netherlands', n.description = 'ISO 3166-1 NL / NLD', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Norway', n.aliases = ['NOR', 'Oslo'], n.aliasText = '\u0001nor\u0001oslo\u0001', n.searchKey = 'norway', n.description = 'ISO 3166-1 NO / NOR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NP'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Nepal', n.aliases = ['NPL', 'Kathmandu'], n.aliasText = '\u0001npl\u0001kathmandu\u0001', n.searchKey = 'nepal', n.description = 'ISO 3166-1 NP / NPL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Nauru', n.aliases = ['NRU', 'Yaren'], n.aliasText = '\u0001nru\u0001yaren\u0001', n.searchKey = 'nauru', n.description = 'ISO 3166-1 NR / NRU', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NU'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Niue', n.aliases = ['NIU', 'Alofi'], n.aliasText = '\u0001niu\u0001alofi\u0001', n.searchKey = 'niue', n.description = 'ISO 3166-1 NU / NIU', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:NZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'New Zealand', n.aliases = ['NZL', 'Wellington'], n.aliasText = '\u0001nzl\u0001wellington\u0001', n.searchKey = 'new zealand', n.description = 'ISO 3166-1 NZ / NZL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:OM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Oman', n.aliases = ['OMN', 'Muscat'], n.aliasText = '\u0001omn\u0001muscat\u0001', n.searchKey = 'oman', n.description = 'ISO 3166-1 OM / OMN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Panama', n.aliases = ['PAN', 'Panama City'], n.aliasText = '\u0001pan\u0001panama city\u0001', n.searchKey = 'panama', n.description = 'ISO 3166-1 PA / PAN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Peru', n.aliases = ['PER', 'Lima'], n.aliasText = '\u0001per\u0001lima\u0001', n.searchKey = 'peru', n.description = 'ISO 3166-1 PE / PER', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PF'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'French Polynesia', n.aliases = ['PYF', 'Papeete'], n.aliasText = '\u0001pyf\u0001papeete\u0001', n.searchKey = 'french polynesia', n.description = 'ISO 3166-1 PF / PYF', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Papua New Guinea', n.aliases = ['PNG', 'Port Moresby'], n.aliasText = '\u0001png\u0001port moresby\u0001', n.searchKey = 'papua new guinea', n.description = 'ISO 3166-1 PG / PNG', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PH'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Philippines', n.aliases = ['PHL', 'Manila'], n.aliasText = '\u0001phl\u0001manila\u0001', n.searchKey = 'philippines', n.description = 'ISO 3166-1 PH / PHL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Pakistan', n.aliases = ['PAK', 'Islamabad'], n.aliasText = '\u0001pak\u0001islamabad\u0001', n.searchKey = 'pakistan', n.description = 'ISO 3166-1 PK / PAK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PL'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Poland', n.aliases = ['POL', 'Warsaw'], n.aliasText = '\u0001pol\u0001warsaw\u0001', n.searchKey = 'poland', n.description = 'ISO 3166-1 PL / POL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Saint Pierre and Miquelon', n.aliases = ['SPM', 'Saint-Pierre'], n.aliasText = '\u0001spm\u0001saint-pierre\u0001', n.searchKey = 'saint pierre and miquelon', n.description = 'ISO 3166-1 PM / SPM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Pitcairn', n.aliases = ['PCN', 'Adamstown'], n.aliasText = '\u0001pcn\u0001adamstown\u0001', n.searchKey = 'pitcairn', n.description = 'ISO 3166-1 PN / PCN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Puerto Rico', n.aliases = ['PRI', 'San Juan'], n.aliasText = '\u0001pri\u0001san juan\u0001', n.searchKey = 'puerto rico', n.description = 'ISO 3166-1 PR / PRI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'State of Palestine', n.aliases = ['PSE', 'East Jerusalem'], n.aliasText = '\u0001pse\u0001east jerusalem\u0001', n.searchKey = 'state of palestine', n.description = 'ISO 3166-1 PS / PSE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Portugal', n.aliases = ['PRT', 'Lisbon'], n.aliasText = '\u0001prt\u0001lisbon\u0001', n.searchKey = 'portugal', n.description = 'ISO 3166-1 PT / PRT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Palau', n.aliases = ['PLW', 'Melekeok'], n.aliasText = '\u0001plw\u0001melekeok\u0001', n.searchKey = 'palau', n.description = 'ISO 3166-1 PW / PLW', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:PY'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Paraguay', n.aliases = ['PRY', 'Asuncion'], n.aliasText = '\u0001pry\u0001asuncion\u0001', n.searchKey = 'paraguay', n.description = 'ISO 3166-1 PY / PRY', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:QA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Qatar', n.aliases = ['QAT', 'Doha'], n.aliasText = '\u0001qat\u0001doha\u0001', n.searchKey = 'qatar', n.description = 'ISO 3166-1 QA / QAT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:RE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Réunion', n.aliases = ['REU', 'Saint-Denis'], n.aliasText = '\u0001reu\u0001saint-denis\u0001', n.searchKey = 'réunion', n.description = 'ISO 3166-1 RE / REU', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:RO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Romania', n.aliases = ['ROU', 'Bucharest'], n.aliasText = '\u0001rou\u0001bucharest\u0001', n.searchKey = 'romania', n.description = 'ISO 3166-1 RO / ROU', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:RS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Serbia', n.aliases = ['SRB', 'Belgrade'], n.aliasText = '\u0001srb\u0001belgrade\u0001', n.searchKey = 'serbia', n.description = 'ISO 3166-1 RS / SRB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:RU'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Russian Federation', n.aliases = ['RUS', 'Moscow'], n.aliasText = '\u0001rus\u0001moscow\u0001', n.searchKey = 'russian federation', n.description = 'ISO 3166-1 RU / RUS', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:RW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Rwanda', n.aliases = ['RWA', 'Kigali'], n.aliasText = '\u0001rwa\u0001kigali\u0001', n.searchKey = 'rwanda', n.description = 'ISO 3166-1 RW / RWA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Saudi Arabia', n.aliases = ['SAU', 'Riyadh'], n.aliasText = '\u0001sau\u0001riyadh\u0001', n.searchKey = 'saudi arabia', n.description = 'ISO 3166-1 SA / SAU', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SB'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Solomon Islands', n.aliases = ['SLB', 'Honiara'], n.aliasText = '\u0001slb\u0001honiara\u0001', n.searchKey = 'solomon islands', n.description = 'ISO 3166-1 SB / SLB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SC'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Seychelles', n.aliases = ['SYC', 'Victoria'], n.aliasText = '\u0001syc\u0001victoria\u0001', n.searchKey = 'seychelles', n.description = 'ISO 3166-1 SC / SYC', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SD'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Sudan', n.aliases = ['SDN', 'Khartoum'], n.aliasText = '\u0001sdn\u0001khartoum\u0001', n.searchKey = 'sudan', n.description = 'ISO 3166-1 SD / SDN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Sweden', n.aliases = ['SWE', 'Stockholm'], n.aliasText = '\u0001swe\u0001stockholm\u0001', n.searchKey = 'sweden', n.description = 'ISO 3166-1 SE / SWE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Singapore', n.aliases = ['SGP', 'Singapore'], n.aliasText = '\u0001sgp\u0001singapore\u0001', n.searchKey = 'singapore', n.description = 'ISO 3166-1 SG / SGP', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SH'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Saint Helena, Ascension and Tristan da Cunha', n.aliases = ['SHN', 'Jamestown'], n.aliasText = '\u0001shn\u0001jamestown\u0001', n.searchKey = 'saint helena, ascension and tristan da cunha', n.description = 'ISO 3166-1 SH / SHN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Slovenia', n.aliases = ['SVN', 'Ljubljana'], n.aliasText = '\u0001svn\u0001ljubljana\u0001', n.searchKey = 'slovenia', n.description = 'ISO 3166-1 SI / SVN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SJ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Svalbard and Jan Mayen', n.aliases = ['SJM', 'Longyearbyen'], n.aliasText = '\u0001sjm\u0001longyearbyen\u0001', n.searchKey = 'svalbard and jan mayen', n.description = 'ISO 3166-1 SJ / SJM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Slovakia', n.aliases = ['SVK', 'Bratislava'], n.aliasText = '\u0001svk\u0001bratislava\u0001', n.searchKey = 'slovakia', n.description = 'ISO 3166-1 SK / SVK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SL'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Sierra Leone', n.aliases = ['SLE', 'Freetown'], n.aliasText = '\u0001sle\u0001freetown\u0001', n.searchKey = 'sierra leone', n.description = 'ISO 3166-1 SL / SLE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'San Marino', n.aliases = ['SMR', 'San Marino'], n.aliasText = '\u0001smr\u0001san marino\u0001', n.searchKey = 'san marino', n.description = 'ISO 3166-1 SM / SMR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Senegal', n.aliases = ['SEN', 'Dakar'], n.aliasText = '\u0001sen\u0001dakar\u0001', n.searchKey = 'senegal', n.description = 'ISO 3166-1 SN / SEN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Somalia', n.aliases = ['SOM', 'Mogadishu'], n.aliasText = '\u0001som\u0001mogadishu\u0001', n.searchKey = 'somalia', n.description = 'ISO 3166-1 SO / SOM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Suriname', n.aliases = ['SUR', 'Paramaribo'], n.aliasText = '\u0001sur\u0001paramaribo\u0001', n.searchKey = 'suriname', n.description = 'ISO 3166-1 SR / SUR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'South Sudan', n.aliases = ['SSD', 'Juba'], n.aliasText = '\u0001ssd\u0001juba\u0001', n.searchKey = 'south sudan', n.description = 'ISO 3166-1 SS / SSD', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ST'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Sao Tome and Principe', n.aliases = ['STP', 'Sao Tome'], n.aliasText = '\u0001stp\u0001sao tome\u0001', n.searchKey = 'sao tome and principe', n.description = 'ISO 3166-1 ST / STP', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SV'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'El Salvador', n.aliases = ['SLV', 'San Salvador'], n.aliasText = '\u0001slv\u0001san salvador\u0001', n.searchKey = 'el salvador', n.description = 'ISO 3166-1 SV / SLV', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SX'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Sint Maarten (Dutch part)', n.aliases = ['SXM', 'Philipsburg'], n.aliasText = '\u0001sxm\u0001philipsburg\u0001', n.searchKey = 'sint maarten (dutch part)', n.description = 'ISO 3166-1 SX / SXM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SY'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Syrian Arab Republic', n.aliases = ['SYR', 'Damascus'], n.aliasText = '\u0001syr\u0001damascus\u0001', n.searchKey = 'syrian arab republic', n.description = 'ISO 3166-1 SY / SYR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:SZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Eswatini', n.aliases = ['SWZ', 'Mbabane'], n.aliasText = '\u0001swz\u0001mbabane\u0001', n.searchKey = 'eswatini', n.description = 'ISO 3166-1 SZ / SWZ', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TC'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Turks and Caicos Islands', n.aliases = ['TCA', 'Cockburn Town'], n.aliasText = '\u0001tca\u0001cockburn town\u0001', n.searchKey = 'turks and caicos islands', n.description = 'ISO 3166-1 TC / TCA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TD'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Chad', n.aliases = ['TCD', 'N\'Djamena'], n.aliasText = '\u0001tcd\u0001n\'djamena\u0001', n.searchKey = 'chad', n.description = 'ISO 3166-1 TD / TCD', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TF'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'French Southern Territories', n.aliases = ['ATF', 'Port-aux-Francais'], n.aliasText = '\u0001atf\u0001port-aux-francais\u0001', n.searchKey = 'french southern territories', n.description = 'ISO 3166-1 TF / ATF', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Togo', n.aliases = ['TGO', 'Lome'], n.aliasText = '\u0001tgo\u0001lome\u0001', n.searchKey = 'togo', n.description = 'ISO 3166-1 TG / TGO', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TH'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Thailand', n.aliases = ['THA', 'Bangkok'], n.aliasText = '\u0001tha\u0001bangkok\u0001', n.searchKey = 'thailand', n.description = 'ISO 3166-1 TH / THA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TJ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Tajikistan', n.aliases = ['TJK', 'Dushanbe'], n.aliasText = '\u0001tjk\u0001dushanbe\u0001', n.searchKey = 'tajikistan', n.description = 'ISO 3166-1 TJ / TJK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Tokelau', n.aliases = ['TKL'], n.aliasText = '\u0001tkl\u0001', n.searchKey = 'tokelau', n.description = 'ISO 3166-1 TK / TKL', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TL'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Timor-Leste', n.aliases = ['TLS', 'Dili'], n.aliasText = '\u0001tls\u0001dili\u0001', n.searchKey = 'timor-leste', n.description = 'ISO 3166-1 TL / TLS', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Turkmenistan', n.aliases = ['TKM', 'Ashgabat'], n.aliasText = '\u0001tkm\u0001ashgabat\u0001', n.searchKey = 'turkmenistan', n.description = 'ISO 3166-1 TM / TKM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Tunisia', n.aliases = ['TUN', 'Tunis'], n.aliasText = '\u0001tun\u0001tunis\u0001', n.searchKey = 'tunisia', n.description = 'ISO 3166-1 TN / TUN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TO'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Tonga', n.aliases = ['TON', 'Nuku\'alofa'], n.aliasText = '\u0001ton\u0001nuku\'alofa\u0001', n.searchKey = 'tonga', n.description = 'ISO 3166-1 TO / TON', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TR'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Türkiye', n.aliases = ['TUR', 'Ankara'], n.aliasText = '\u0001tur\u0001ankara\u0001', n.searchKey = 'türkiye', n.description = 'ISO 3166-1 TR / TUR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Trinidad and Tobago', n.aliases = ['TTO', 'Port of Spain'], n.aliasText = '\u0001tto\u0001port of spain\u0001', n.searchKey = 'trinidad and tobago', n.description = 'ISO 3166-1 TT / TTO', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TV'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Tuvalu', n.aliases = ['TUV', 'Funafuti'], n.aliasText = '\u0001tuv\u0001funafuti\u0001', n.searchKey = 'tuvalu', n.description = 'ISO 3166-1 TV / TUV', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Taiwan', n.aliases = ['TWN', 'Taipei'], n.aliasText = '\u0001twn\u0001taipei\u0001', n.searchKey = 'taiwan', n.description = 'ISO 3166-1 TW / TWN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:TZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'United Republic of Tanzania', n.aliases = ['TZA', 'Dodoma'], n.aliasText = '\u0001tza\u0001dodoma\u0001', n.searchKey = 'united republic of tanzania', n.description = 'ISO 3166-1 TZ / TZA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:UA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Ukraine', n.aliases = ['UKR', 'Kyiv'], n.aliasText = '\u0001ukr\u0001kyiv\u0001', n.searchKey = 'ukraine', n.description = 'ISO 3166-1 UA / UKR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:UG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Uganda', n.aliases = ['UGA', 'Kampala'], n.aliasText = '\u0001uga\u0001kampala\u0001', n.searchKey = 'uganda', n.description = 'ISO 3166-1 UG / UGA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:UM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'United States Minor Outlying Islands', n.aliases = ['UMI'], n.aliasText = '\u0001umi\u0001', n.searchKey = 'united states minor outlying islands', n.description = 'ISO 3166-1 UM / UMI', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:US'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'United States of America', n.aliases = ['USA', 'Washington'], n.aliasText = '\u0001usa\u0001washington\u0001', n.searchKey = 'united states of america', n.description = 'ISO 3166-1 US / USA', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:UY'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Uruguay', n.aliases = ['URY', 'Montevideo'], n.aliasText = '\u0001ury\u0001montevideo\u0001', n.searchKey = 'uruguay', n.description = 'ISO 3166-1 UY / URY', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:UZ'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Uzbekistan', n.aliases = ['UZB', 'Tashkent'], n.aliasText = '\u0001uzb\u0001tashkent\u0001', n.searchKey = 'uzbekistan', n.description = 'ISO 3166-1 UZ / UZB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:VA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Holy See', n.aliases = ['VAT', 'Vatican City'], n.aliasText = '\u0001vat\u0001vatican city\u0001', n.searchKey = 'holy see', n.description = 'ISO 3166-1 VA / VAT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:VC'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Saint Vincent and the Grenadines', n.aliases = ['VCT', 'Kingstown'], n.aliasText = '\u0001vct\u0001kingstown\u0001', n.searchKey = 'saint vincent and the grenadines', n.description = 'ISO 3166-1 VC / VCT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:VE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Venezuela (Bolivarian Republic of)', n.aliases = ['VEN', 'Caracas'], n.aliasText = '\u0001ven\u0001caracas\u0001', n.searchKey = 'venezuela (bolivarian republic of)', n.description = 'ISO 3166-1 VE / VEN', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:VG'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'British Virgin Islands', n.aliases = ['VGB', 'Road Town'], n.aliasText = '\u0001vgb\u0001road town\u0001', n.searchKey = 'british virgin islands', n.description = 'ISO 3166-1 VG / VGB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:VI'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'United States Virgin Islands', n.aliases = ['VIR', 'Charlotte Amalie'], n.aliasText = '\u0001vir\u0001charlotte amalie\u0001', n.searchKey = 'united states virgin islands', n.description = 'ISO 3166-1 VI / VIR', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:VN'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Viet Nam', n.aliases = ['VNM', 'Hanoi'], n.aliasText = '\u0001vnm\u0001hanoi\u0001', n.searchKey = 'viet nam', n.description = 'ISO 3166-1 VN / VNM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:VU'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Vanuatu', n.aliases = ['VUT', 'Port Vila'], n.aliasText = '\u0001vut\u0001port vila\u0001', n.searchKey = 'vanuatu', n.description = 'ISO 3166-1 VU / VUT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:WF'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Wallis and Futuna', n.aliases = ['WLF', 'Mata Utu'], n.aliasText = '\u0001wlf\u0001mata utu\u0001', n.searchKey = 'wallis and futuna', n.description = 'ISO 3166-1 WF / WLF', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:WS'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Samoa', n.aliases = ['WSM', 'Apia'], n.aliasText = '\u0001wsm\u0001apia\u0001', n.searchKey = 'samoa', n.description = 'ISO 3166-1 WS / WSM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:XK'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Kosovo', n.aliases = ['XKX', 'Pristina'], n.aliasText = '\u0001xkx\u0001pristina\u0001', n.searchKey = 'kosovo', n.description = 'ISO 3166-1 user-assigned code XK', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:YE'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Yemen', n.aliases = ['YEM', 'Sanaa'], n.aliasText = '\u0001yem\u0001sanaa\u0001', n.searchKey = 'yemen', n.description = 'ISO 3166-1 YE / YEM', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:YT'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Mayotte', n.aliases = ['MYT', 'Mamoudzou'], n.aliasText = '\u0001myt\u0001mamoudzou\u0001', n.searchKey = 'mayotte', n.description = 'ISO 3166-1 YT / MYT', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ZA'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'South Africa', n.aliases = ['ZAF', 'Pretoria'], n.aliasText = '\u0001zaf\u0001pretoria\u0001', n.searchKey = 'south africa', n.description = 'ISO 3166-1 ZA / ZAF', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ZM'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Zambia', n.aliases = ['ZMB', 'Lusaka'], n.aliasText = '\u0001zmb\u0001lusaka\u0001', n.searchKey = 'zambia', n.description = 'ISO 3166-1 ZM / ZMB', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'country:ZW'})
SET n:Entity:Country, n.kind = 'COUNTRY', n.name = 'Zimbabwe', n.aliases = ['ZWE', 'Harare'], n.aliasText = '\u0001zwe\u0001harare\u0001', n.searchKey = 'zimbabwe', n.description = 'ISO 3166-1 ZW / ZWE', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'person:asim-munir'})
SET n:Entity:Person, n.kind = 'PERSON', n.name = 'Asim Munir', n.aliases = ['Munir', 'Field Marshal Asim Munir'], n.aliasText = '\u0001munir\u0001field marshal asim munir\u0001', n.searchKey = 'asim munir', n.description = 'Field Marshal, chief of the Pakistan army.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'person:donald-trump'})
SET n:Entity:Person, n.kind = 'PERSON', n.name = 'Donald Trump', n.aliases = ['Trump'], n.aliasText = '\u0001trump\u0001', n.searchKey = 'donald trump', n.description = 'US President; threatened 100 per cent tariffs on Chinese goods.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'person:lin-jian'})
SET n:Entity:Person, n.kind = 'PERSON', n.name = 'Lin Jian', n.aliases = ['Jian', 'Lin'], n.aliasText = '\u0001jian\u0001lin\u0001', n.searchKey = 'lin jian', n.description = 'Spokesperson of the Chinese Foreign Ministry.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'person:shehbaz-sharif'})
SET n:Entity:Person, n.kind = 'PERSON', n.name = 'Shehbaz Sharif', n.aliases = ['Sharif'], n.aliasText = '\u0001sharif\u0001', n.searchKey = 'shehbaz sharif', n.description = 'Prime Minister of Pakistan.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'org:cn-foreign-ministry'})
SET n:Entity:Organization, n.kind = 'ORGANIZATION', n.name = 'Ministry of Foreign Affairs of China', n.aliases = ['Chinese Foreign Ministry'], n.aliasText = '\u0001chinese foreign ministry\u0001', n.searchKey = 'ministry of foreign affairs of china', n.description = 'China\'s foreign ministry, whose spokesperson Lin Jian answered questions at a media briefing.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'org:eu'})
SET n:Entity:Organization, n.kind = 'ORGANIZATION', n.name = 'European Union', n.aliases = ['EU'], n.aliasText = '\u0001eu\u0001', n.searchKey = 'european union', n.description = 'One of the top importers of China\'s rare-earth metals.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'org:global-times'})
SET n:Entity:Organization, n.kind = 'ORGANIZATION', n.name = 'Global Times', n.aliases = [], n.aliasText = '\u0001', n.searchKey = 'global times', n.description = 'State-run outlet that put a question to the Chinese Foreign Ministry spokesperson at a media briefing.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'org:pakistan-army'})
SET n:Entity:Organization, n.kind = 'ORGANIZATION', n.name = 'Pakistan Army', n.aliases = [], n.aliasText = '\u0001', n.searchKey = 'pakistan army', n.description = 'Pakistan\'s army, headed by Field Marshal Asim Munir.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'org:unattributed-reports'})
SET n:Entity:Organization, n.kind = 'ORGANIZATION', n.name = 'Unattributed reports', n.aliases = [], n.aliasText = '\u0001', n.searchKey = 'unattributed reports', n.description = 'Assertions an article attributes to nobody ("reports said").', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'org:unnamed-foreign-firms'})
SET n:Entity:Organization, n.kind = 'ORGANIZATION', n.name = 'Unnamed foreign firms', n.aliases = [], n.aliasText = '\u0001', n.searchKey = 'unnamed foreign firms', n.description = 'Foreign firms, not named, that China alleges used its rare-earth supplies for military purposes.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'commodity:gem-ores'})
SET n:Entity:Commodity, n.kind = 'COMMODITY', n.name = 'Gem ores', n.aliases = ['raw stones'], n.aliasText = '\u0001raw stones\u0001', n.searchKey = 'gem ores', n.description = 'Raw stones; China says the samples Pakistan\'s leaders gave Donald Trump were gem ores.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'commodity:rare-earths'})
SET n:Entity:Commodity, n.kind = 'COMMODITY', n.name = 'Rare earths', n.aliases = ['rare earths', 'rare-earths', 'rare earth', 'rare-earth metals', 'rare-earth materials'], n.aliasText = '\u0001rare earths\u0001rare-earths\u0001rare earth\u0001rare-earth metals\u0001rare-earth materials\u0001', n.searchKey = 'rare earths', n.description = 'Metals crucial for modern products such as automobiles, electronics, wind energy systems and defence equipment; China\'s are in high demand.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'event:cn-rare-earth-export-controls-2025-10'})
SET n:Entity:Event, n.kind = 'EVENT', n.name = 'China\'s Oct-2025 rare-earth export controls', n.aliases = ['China\'s new export control measures', 'rare-earth export controls'], n.aliasText = '\u0001china\'s new export control measures\u0001rare-earth export controls\u0001', n.searchKey = 'china\'s oct-2025 rare-earth export controls', n.description = 'Further export controls on rare-earth mining and processing that China announced in the week before 14 Oct 2025, alleging unnamed foreign firms used its supplies for military purposes.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'claim:cn-export-controls-legitimate-and-protect-peace'})
SET n:Claim, n.kind = 'CLAIM', n.name = 'China\'s export controls are a legitimate step to improve its export control system in line with laws and regulations, aimed at protecting world peace and regional stability and meeting non-proliferation and other international obligations.', n.aliases = [], n.aliasText = '\u0001', n.searchKey = 'china\'s export controls are a legitimate step to improve its export control system in line with laws and regulations, aimed at protecting world peace and regional stability and meeting non-proliferation and other international obligations.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'claim:cn-export-controls-linked-to-pk-gift'})
SET n:Claim, n.kind = 'CLAIM', n.name = 'China\'s new rare-earth export controls are linked to Pakistan\'s gift of rare-earth samples to Donald Trump.', n.aliases = [], n.aliasText = '\u0001', n.searchKey = 'china\'s new rare-earth export controls are linked to pakistan\'s gift of rare-earth samples to donald trump.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'claim:pk-gift-contained-rare-earths'})
SET n:Claim, n.kind = 'CLAIM', n.name = 'The box Pakistan\'s leaders presented to Donald Trump contained rare-earth samples.', n.aliases = [], n.aliasText = '\u0001', n.searchKey = 'the box pakistan\'s leaders presented to donald trump contained rare-earth samples.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MERGE (n:Node {id: 'claim:pk-gift-was-gem-ores'})
SET n:Claim, n.kind = 'CLAIM', n.name = 'The samples Pakistan\'s leaders gave Donald Trump were gem ores purchased by staff in Pakistan.', n.aliases = [], n.aliasText = '\u0001', n.searchKey = 'the samples pakistan\'s leaders gave donald trump were gem ores purchased by staff in pakistan.', n.recordedAt = datetime('2025-10-14T05:03:00+00:00');
MATCH (s:Node {id: 'org:global-times'})
MATCH (o:Node {id: 'country:CN'})
MERGE (s)-[r:OWNED_BY {id: 'rel:1626ca2df3e962bc'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['state-run Global Times'], r.citationStarts = [975], r.citationEnds = [997], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' state run global times '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'org:eu'})
MATCH (o:Node {id: 'commodity:rare-earths'})
MERGE (s)-[r:IMPORTS {id: 'rel:1665a56dcc118bd6'}]->(o)
SET r.qualifiers = '[{"key":"origin","value":"country:CN","entity":"country:CN"},{"key":"rank","value":"top importer"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_origin = 'country:CN', r.q_rank = 'top importer', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['China\'s rare-earth metals are in high demand, with the United States, the European Union, and India being the top importers.'], r.citationStarts = [1660], r.citationEnds = [1784], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' china s rare earth metals are in high demand with the united states the european union and india being the top importers '], r.citationQualifiers = ['[{"key":"rank","value":"top importer"}]'];
MATCH (s:Node {id: 'org:unattributed-reports'})
MATCH (o:Node {id: 'claim:pk-gift-contained-rare-earths'})
MERGE (s)-[r:ASSERTS {id: 'rel:185df7bd1f07dbc0'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['a box, which reports said contained samples of rare-earth materials'], r.citationStarts = [1898], r.citationEnds = [1965], r.citationSpeakerIds = [''], r.citationStances = ['REPORTS'], r.citationVerified = [false], r.citationQuoteWords = [' a box which reports said contained samples of rare earth materials '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'person:lin-jian'})
MATCH (o:Node {id: 'org:unattributed-reports'})
MERGE (s)-[r:ACCUSES {id: 'rel:20d4edacaf9b2d4c'}]->(o)
SET r.qualifiers = '[{"key":"of","value":"being groundless and intended to sow discord and drive a wedge between China and Pakistan"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_of = 'being groundless and intended to sow discord and drive a wedge between China and Pakistan', r.citationArticleIds = ['article:21064a8d1731bc87', 'article:21064a8d1731bc87'], r.citationQuotes = ['The reports you mentioned are either unaware of the facts, or are based on speculation, or are intended to sow discord. They are groundless', 'The reported stories that you mentioned are either misinformed or invented, or even designed to drive a wedge between China and Pakistan. They are just baseless'], r.citationStarts = [764, 2422], r.citationEnds = [903, 2582], r.citationSpeakerIds = ['person:lin-jian', 'person:lin-jian'], r.citationStances = ['REPORTS', 'REPORTS'], r.citationVerified = [false, false], r.citationQuoteWords = [' the reports you mentioned are either unaware of the facts or are based on speculation or are intended to sow discord they are groundless ', ' the reported stories that you mentioned are either misinformed or invented or even designed to drive a wedge between china and pakistan they are just baseless '], r.citationQualifiers = ['[{"key":"of","value":"being groundless and intended to sow discord and drive a wedge between China and Pakistan"}]', '[{"key":"of","value":"being groundless and intended to sow discord and drive a wedge between China and Pakistan"}]'];
MATCH (s:Node {id: 'person:donald-trump'})
MATCH (o:Node {id: 'country:CN'})
MERGE (s)-[r:THREATENS_TARIFF {id: 'rel:231929e2f26bc922'}]->(o)
SET r.qualifiers = '[{"key":"goods","value":"Chinese goods"},{"key":"rate","value":"100","number":100,"unit":"percent"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_goods = 'Chinese goods', r.q_rate = '100', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['threatened to impose 100 per cent tariffs on Chinese goods'], r.citationStarts = [1246], r.citationEnds = [1304], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' threatened to impose 100 per cent tariffs on chinese goods '], r.citationQualifiers = ['[{"key":"goods","value":"Chinese goods"}]'];
MATCH (s:Node {id: 'country:CN'})
MATCH (o:Node {id: 'commodity:rare-earths'})
MERGE (s)-[r:IMPOSES_EXPORT_CONTROL {id: 'rel:2f320518b9cbe2c4'}]->(o)
SET r.qualifiers = '[{"key":"measure","value":"event:cn-rare-earth-export-controls-2025-10","entity":"event:cn-rare-earth-export-controls-2025-10"},{"key":"stage","value":"mining and processing"}]', r.validFrom = date('2025-10-06'), r.validFromPrecision = 'WEEK', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_measure = 'event:cn-rare-earth-export-controls-2025-10', r.q_stage = 'mining and processing', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['China last week announced further export controls for mining and processing rare-earths'], r.citationStarts = [106], r.citationEnds = [193], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' china last week announced further export controls for mining and processing rare earths '], r.citationQualifiers = ['[{"key":"stage","value":"mining and processing"}]'];
MATCH (s:Node {id: 'claim:pk-gift-contained-rare-earths'})
MATCH (o:Node {id: 'commodity:rare-earths'})
MERGE (s)-[r:CONCERNS {id: 'rel:2f9c5977380a7122'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['which reports said contained samples of rare-earth materials'], r.citationStarts = [1905], r.citationEnds = [1965], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' which reports said contained samples of rare earth materials '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'org:cn-foreign-ministry'})
MATCH (o:Node {id: 'country:CN'})
MERGE (s)-[r:PART_OF {id: 'rel:37ec99e7ac24ee12'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Chinese Foreign Ministry'], r.citationStarts = [493], r.citationEnds = [517], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' chinese foreign ministry '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'claim:pk-gift-contained-rare-earths'})
MATCH (o:Node {id: 'person:donald-trump'})
MERGE (s)-[r:CONCERNS {id: 'rel:3ed5229b43edd836'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['the box of raw stones presented to Trump by Munir were not rare-earths'], r.citationStarts = [2232], r.citationEnds = [2302], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' the box of raw stones presented to trump by munir were not rare earths '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'country:PK'})
MATCH (o:Node {id: 'country:CN'})
MERGE (s)-[r:COMMUNICATES_WITH {id: 'rel:4027d5acef578675'}]->(o)
SET r.qualifiers = '[{"key":"topic","value":"Pakistan-US mining cooperation"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_topic = 'Pakistan-US mining cooperation', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['the two countries have been in communication on Pakistan-US mining cooperation'], r.citationStarts = [2963], r.citationEnds = [3041], r.citationSpeakerIds = ['person:lin-jian'], r.citationStances = ['REPORTS'], r.citationVerified = [false], r.citationQuoteWords = [' the two countries have been in communication on pakistan us mining cooperation '], r.citationQualifiers = ['[{"key":"topic","value":"Pakistan-US mining cooperation"}]'];
MATCH (s:Node {id: 'org:pakistan-army'})
MATCH (o:Node {id: 'country:PK'})
MERGE (s)-[r:PART_OF {id: 'rel:4aa29c68eab5a4a3'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Pakistan army chief'], r.citationStarts = [1801], r.citationEnds = [1820], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' pakistan army chief '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'person:lin-jian'})
MATCH (o:Node {id: 'claim:pk-gift-contained-rare-earths'})
MERGE (s)-[r:DENIES {id: 'rel:50dccab43571e957'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['the box of raw stones presented to Trump by Munir were not rare-earths'], r.citationStarts = [2232], r.citationEnds = [2302], r.citationSpeakerIds = ['person:lin-jian'], r.citationStances = ['REPORTS'], r.citationVerified = [false], r.citationQuoteWords = [' the box of raw stones presented to trump by munir were not rare earths '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'org:unattributed-reports'})
MATCH (o:Node {id: 'claim:cn-export-controls-linked-to-pk-gift'})
MERGE (s)-[r:SPECULATES {id: 'rel:617bf226b31c4bf9'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87', 'article:21064a8d1731bc87'], r.citationQuotes = ['speculations that China ramped up restrictions on exports of rare earth after Pakistani leaders presented the precious metals to US President Donald Trump', 'has sparked speculation that China\'s new export control measures blaming foreign firms for misusing China\'s raw material exports are linked to Pakistan'], r.citationStarts = [337, 1967], r.citationEnds = [491, 2118], r.citationSpeakerIds = ['', ''], r.citationStances = ['REPORTS', 'REPORTS'], r.citationVerified = [false, false], r.citationQuoteWords = [' speculations that china ramped up restrictions on exports of rare earth after pakistani leaders presented the precious metals to us president donald trump ', ' has sparked speculation that china s new export control measures blaming foreign firms for misusing china s raw material exports are linked to pakistan '], r.citationQualifiers = ['[]', '[]'];
MATCH (s:Node {id: 'country:CN'})
MATCH (o:Node {id: 'claim:cn-export-controls-linked-to-pk-gift'})
MERGE (s)-[r:DENIES_LINK {id: 'rel:62a542d1b21a5507'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87', 'article:21064a8d1731bc87', 'article:21064a8d1731bc87'], r.citationQuotes = ['Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump', 'Chinese Foreign Ministry spokesperson Lin Jian said it was not true', 'Jian said the export controls had nothing to do with Pakistan.'], r.citationStarts = [20, 493, 562], r.citationEnds = [105, 560, 624], r.citationSpeakerIds = ['person:lin-jian', 'person:lin-jian', 'person:lin-jian'], r.citationStances = ['REPORTS', 'REPORTS', 'REPORTS'], r.citationVerified = [false, false, false], r.citationQuoteWords = [' beijing denies link between its rare earths restrictions and pakistan s gift to trump ', ' chinese foreign ministry spokesperson lin jian said it was not true ', ' jian said the export controls had nothing to do with pakistan '], r.citationQualifiers = ['[]', '[]', '[]'];
MATCH (s:Node {id: 'country:CN'})
MATCH (o:Node {id: 'commodity:rare-earths'})
MERGE (s)-[r:CONTROLS_SHARE_OF {id: 'rel:68e8af293ad38385'}]->(o)
SET r.qualifiers = '[{"key":"approximation","value":"nearly"},{"key":"share","value":"90","number":90,"unit":"percent"},{"key":"stage","value":"processing"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_approximation = 'nearly', r.q_share = '90', r.q_stage = 'processing', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['controls nearly 90 per cent of the processing of these materials'], r.citationStarts = [1381], r.citationEnds = [1445], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' controls nearly 90 per cent of the processing of these materials '], r.citationQualifiers = ['[{"key":"approximation","value":"nearly"}]'];
MATCH (s:Node {id: 'country:CN'})
MATCH (o:Node {id: 'country:PK'})
MERGE (s)-[r:ALLIED_WITH {id: 'rel:6b589e067774011f'}]->(o)
SET r.qualifiers = '[{"key":"nature","value":"ironclad friendship"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_nature = 'ironclad friendship', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Beijing’s ironclad friendship with Islamabad remained'], r.citationStarts = [654], r.citationEnds = [707], r.citationSpeakerIds = ['person:lin-jian'], r.citationStances = ['REPORTS'], r.citationVerified = [false], r.citationQuoteWords = [' beijing s ironclad friendship with islamabad remained '], r.citationQualifiers = ['[{"key":"nature","value":"ironclad friendship"}]'];
MATCH (s:Node {id: 'person:shehbaz-sharif'})
MATCH (o:Node {id: 'country:PK'})
MERGE (s)-[r:HOLDS_ROLE {id: 'rel:80ec5d0d8fa4de9e'}]->(o)
SET r.qualifiers = '[{"key":"role","value":"Prime Minister"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_role = 'Prime Minister', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Prime Minister Shehbaz Sharif'], r.citationStarts = [1857], r.citationEnds = [1886], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' prime minister shehbaz sharif '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'country:PK'})
MATCH (o:Node {id: 'country:US'})
MERGE (s)-[r:COOPERATES_WITH {id: 'rel:8793e5928ccbc0a5'}]->(o)
SET r.qualifiers = '[{"key":"field","value":"mining"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_field = 'mining', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Pakistan-US mining cooperation'], r.citationStarts = [3011], r.citationEnds = [3041], r.citationSpeakerIds = ['person:lin-jian'], r.citationStances = ['REPORTS'], r.citationVerified = [false], r.citationQuoteWords = [' pakistan us mining cooperation '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'country:PK'})
MATCH (o:Node {id: 'country:US'})
MERGE (s)-[r:EXPORTS_TO {id: 'rel:8ddfe090f087d62a'}]->(o)
SET r.qualifiers = '[{"key":"commodity","value":"commodity:rare-earths","entity":"commodity:rare-earths"},{"key":"shipment","value":"first"}]', r.confidence = 0.7, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_commodity = 'commodity:rare-earths', r.q_shipment = 'first', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Pakistan is also reported to have sent the first shipment of these metals to the US.'], r.citationStarts = [2120], r.citationEnds = [2204], r.citationSpeakerIds = [''], r.citationStances = ['REPORTS'], r.citationVerified = [false], r.citationQuoteWords = [' pakistan is also reported to have sent the first shipment of these metals to the us '], r.citationQualifiers = ['[{"key":"shipment","value":"first"}]'];
MATCH (s:Node {id: 'country:US'})
MATCH (o:Node {id: 'commodity:rare-earths'})
MERGE (s)-[r:IMPORTS {id: 'rel:9ca9c302f44180db'}]->(o)
SET r.qualifiers = '[{"key":"origin","value":"country:CN","entity":"country:CN"},{"key":"rank","value":"top importer"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_origin = 'country:CN', r.q_rank = 'top importer', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['China\'s rare-earth metals are in high demand, with the United States, the European Union, and India being the top importers.'], r.citationStarts = [1660], r.citationEnds = [1784], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' china s rare earth metals are in high demand with the united states the european union and india being the top importers '], r.citationQualifiers = ['[{"key":"rank","value":"top importer"}]'];
MATCH (s:Node {id: 'person:lin-jian'})
MATCH (o:Node {id: 'org:cn-foreign-ministry'})
MERGE (s)-[r:HOLDS_ROLE {id: 'rel:a13f1a5716aa88db'}]->(o)
SET r.qualifiers = '[{"key":"role","value":"spokesperson"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_role = 'spokesperson', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Chinese Foreign Ministry spokesperson Lin Jian'], r.citationStarts = [493], r.citationEnds = [539], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' chinese foreign ministry spokesperson lin jian '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'claim:pk-gift-was-gem-ores'})
MATCH (o:Node {id: 'person:donald-trump'})
MERGE (s)-[r:CONCERNS {id: 'rel:a6f1457cb096d0f5'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['The samples that the Pakistani leaders showed and gave to the US leader'], r.citationStarts = [2305], r.citationEnds = [2376], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' the samples that the pakistani leaders showed and gave to the us leader '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'person:asim-munir'})
MATCH (o:Node {id: 'person:donald-trump'})
MERGE (s)-[r:GIFTED {id: 'rel:a7832701b2ab741a'}]->(o)
SET r.qualifiers = '[{"key":"item","value":"box of samples"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_item = 'box of samples', r.citationArticleIds = ['article:21064a8d1731bc87', 'article:21064a8d1731bc87', 'article:21064a8d1731bc87'], r.citationQuotes = ['Pakistani leaders presented the precious metals to US President Donald Trump', 'A photo showing Pakistan army chief Field Marshal Asim Munir along with Prime Minister Shehbaz Sharif presenting a box', 'the box of raw stones presented to Trump by Munir'], r.citationStarts = [415, 1785, 2232], r.citationEnds = [491, 1903, 2281], r.citationSpeakerIds = ['', '', 'person:lin-jian'], r.citationStances = ['ASSERTS', 'ASSERTS', 'REPORTS'], r.citationVerified = [false, false, false], r.citationQuoteWords = [' pakistani leaders presented the precious metals to us president donald trump ', ' a photo showing pakistan army chief field marshal asim munir along with prime minister shehbaz sharif presenting a box ', ' the box of raw stones presented to trump by munir '], r.citationQualifiers = ['[{"key":"item","value":"box of samples"}]', '[{"key":"item","value":"box of samples"}]', '[{"key":"item","value":"box of samples"}]'];
MATCH (s:Node {id: 'claim:pk-gift-was-gem-ores'})
MATCH (o:Node {id: 'commodity:gem-ores'})
MERGE (s)-[r:CONCERNS {id: 'rel:a91233cd9c70a76a'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['are gem ores purchased by staff in Pakistan'], r.citationStarts = [2377], r.citationEnds = [2420], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' are gem ores purchased by staff in pakistan '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'country:PK'})
MATCH (o:Node {id: 'country:US'})
MERGE (s)-[r:DEVELOPS_TIES_WITH {id: 'rel:abe122a64ae40bbc'}]->(o)
SET r.qualifiers = '[{"key":"nature","value":"close ties"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_nature = 'close ties', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Pakistan developed close ties with Washington'], r.citationStarts = [716], r.citationEnds = [761], r.citationSpeakerIds = ['person:lin-jian'], r.citationStances = ['REPORTS'], r.citationVerified = [false], r.citationQuoteWords = [' pakistan developed close ties with washington '], r.citationQualifiers = ['[{"key":"nature","value":"close ties"}]'];
MATCH (s:Node {id: 'country:CN'})
MATCH (o:Node {id: 'claim:cn-export-controls-legitimate-and-protect-peace'})
MERGE (s)-[r:ASSERTS {id: 'rel:af16983565244ed8'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87', 'article:21064a8d1731bc87'], r.citationQuotes = ['China\'s recently introduced export control measures are a legitimate step by the government to improve its export control system in line with laws and regulations', 'the measures aim to better protect world peace and regional stability and to meet non-proliferation and other international obligations'], r.citationStarts = [2623, 2801], r.citationEnds = [2785, 2936], r.citationSpeakerIds = ['person:lin-jian', 'person:lin-jian'], r.citationStances = ['REPORTS', 'REPORTS'], r.citationVerified = [false, false], r.citationQuoteWords = [' china s recently introduced export control measures are a legitimate step by the government to improve its export control system in line with laws and regulations ', ' the measures aim to better protect world peace and regional stability and to meet non proliferation and other international obligations '], r.citationQualifiers = ['[]', '[]'];
MATCH (s:Node {id: 'country:CN'})
MATCH (o:Node {id: 'org:unnamed-foreign-firms'})
MERGE (s)-[r:ACCUSES {id: 'rel:b318176663cee0ad'}]->(o)
SET r.qualifiers = '[{"key":"of","value":"using Chinese rare-earth supplies for military purposes"}]', r.validFrom = date('2025-10-06'), r.validFromPrecision = 'WEEK', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_of = 'using Chinese rare-earth supplies for military purposes', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['alleging unnamed foreign firms of using its supplies for military purposes'], r.citationStarts = [194], r.citationEnds = [268], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' alleging unnamed foreign firms of using its supplies for military purposes '], r.citationQualifiers = ['[{"key":"of","value":"using Chinese rare-earth supplies for military purposes"}]'];
MATCH (s:Node {id: 'person:donald-trump'})
MATCH (o:Node {id: 'country:CN'})
MERGE (s)-[r:CRITICIZES {id: 'rel:b6e7d46d244319fd'}]->(o)
SET r.qualifiers = '[{"key":"emotion","value":"anger"},{"key":"topic","value":"Beijing\\u0027s recent actions"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_emotion = 'anger', r.q_topic = 'Beijing\'s recent actions', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Donald Trump expressed anger over Beijing\'s recent actions'], r.citationStarts = [1183], r.citationEnds = [1241], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' donald trump expressed anger over beijing s recent actions '], r.citationQualifiers = ['[{"key":"emotion","value":"anger"},{"key":"topic","value":"Beijing\\u0027s recent actions"}]'];
MATCH (s:Node {id: 'event:cn-rare-earth-export-controls-2025-10'})
MATCH (o:Node {id: 'commodity:rare-earths'})
MERGE (s)-[r:CONCERNS {id: 'rel:b87c342c7ce03d56'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['export controls for mining and processing rare-earths'], r.citationStarts = [140], r.citationEnds = [193], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' export controls for mining and processing rare earths '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'claim:cn-export-controls-linked-to-pk-gift'})
MATCH (o:Node {id: 'country:PK'})
MERGE (s)-[r:CONCERNS {id: 'rel:b96d2b71eb634cce'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump'], r.citationStarts = [20], r.citationEnds = [105], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' beijing denies link between its rare earths restrictions and pakistan s gift to trump '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'org:global-times'})
MATCH (o:Node {id: 'person:lin-jian'})
MERGE (s)-[r:QUESTIONS {id: 'rel:bece7552009d9bca'}]->(o)
SET r.qualifiers = '[{"key":"topic","value":"reports linking China\\u0027s rare-earth export controls to Pakistan\\u0027s gift to Donald Trump"},{"key":"venue","value":"media briefing"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_topic = 'reports linking China\'s rare-earth export controls to Pakistan\'s gift to Donald Trump', r.q_venue = 'media briefing', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['in a media briefing answering a question from state-run Global Times'], r.citationStarts = [929], r.citationEnds = [997], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' in a media briefing answering a question from state run global times '], r.citationQualifiers = ['[{"key":"topic","value":"reports linking China\\u0027s rare-earth export controls to Pakistan\\u0027s gift to Donald Trump"},{"key":"venue","value":"media briefing"}]'];
MATCH (s:Node {id: 'person:donald-trump'})
MATCH (o:Node {id: 'country:US'})
MERGE (s)-[r:HOLDS_ROLE {id: 'rel:c50051e8940b926c'}]->(o)
SET r.qualifiers = '[{"key":"role","value":"President"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_role = 'President', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['US President Donald Trump'], r.citationStarts = [466], r.citationEnds = [491], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' us president donald trump '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'claim:cn-export-controls-legitimate-and-protect-peace'})
MATCH (o:Node {id: 'event:cn-rare-earth-export-controls-2025-10'})
MERGE (s)-[r:CONCERNS {id: 'rel:c5981a9e71596e6c'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['China\'s recently introduced export control measures'], r.citationStarts = [2623], r.citationEnds = [2674], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' china s recently introduced export control measures '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'country:CN'})
MATCH (o:Node {id: 'commodity:rare-earths'})
MERGE (s)-[r:CONTROLS_SHARE_OF {id: 'rel:c61925c81895fcea'}]->(o)
SET r.qualifiers = '[{"key":"approximation","value":"about"},{"key":"share","value":"70","number":70,"unit":"percent"},{"key":"stage","value":"mining"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_approximation = 'about', r.q_share = '70', r.q_stage = 'mining', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['China accounts for about 70 per cent of the world\'s rare-earths mining'], r.citationStarts = [1306], r.citationEnds = [1376], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' china accounts for about 70 per cent of the world s rare earths mining '], r.citationQualifiers = ['[{"key":"approximation","value":"about"}]'];
MATCH (s:Node {id: 'person:asim-munir'})
MATCH (o:Node {id: 'org:pakistan-army'})
MERGE (s)-[r:HOLDS_ROLE {id: 'rel:cef7c5d2219757a4'}]->(o)
SET r.qualifiers = '[{"key":"rank","value":"Field Marshal"},{"key":"role","value":"army chief"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_rank = 'Field Marshal', r.q_role = 'army chief', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Pakistan army chief Field Marshal Asim Munir'], r.citationStarts = [1801], r.citationEnds = [1845], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' pakistan army chief field marshal asim munir '], r.citationQualifiers = ['[{"key":"rank","value":"Field Marshal"}]'];
MATCH (s:Node {id: 'country:CN'})
MATCH (o:Node {id: 'commodity:rare-earths'})
MERGE (s)-[r:CONTROLS_SHARE_OF {id: 'rel:d570ccb1a1551dc9'}]->(o)
SET r.qualifiers = '[{"key":"extent","value":"near monopoly"},{"key":"stage","value":"supply"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_extent = 'near monopoly', r.q_stage = 'supply', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['This control gives China a near monopoly on the supply of rare-earth metals.'], r.citationStarts = [1447], r.citationEnds = [1523], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' this control gives china a near monopoly on the supply of rare earth metals '], r.citationQualifiers = ['[{"key":"extent","value":"near monopoly"}]'];
MATCH (s:Node {id: 'country:CN'})
MATCH (o:Node {id: 'event:cn-rare-earth-export-controls-2025-10'})
MERGE (s)-[r:ANNOUNCES {id: 'rel:d8279130fea38397'}]->(o)
SET r.qualifiers = '[]', r.validFrom = date('2025-10-06'), r.validFromPrecision = 'WEEK', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['China last week announced further export controls for mining and processing rare-earths'], r.citationStarts = [106], r.citationEnds = [193], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' china last week announced further export controls for mining and processing rare earths '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'person:shehbaz-sharif'})
MATCH (o:Node {id: 'person:donald-trump'})
MERGE (s)-[r:GIFTED {id: 'rel:d86cd88f123fc7e2'}]->(o)
SET r.qualifiers = '[{"key":"item","value":"box of samples"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_item = 'box of samples', r.citationArticleIds = ['article:21064a8d1731bc87', 'article:21064a8d1731bc87', 'article:21064a8d1731bc87'], r.citationQuotes = ['Pakistani leaders presented the precious metals to US President Donald Trump', 'A photo showing Pakistan army chief Field Marshal Asim Munir along with Prime Minister Shehbaz Sharif presenting a box', 'The samples that the Pakistani leaders showed and gave to the US leader'], r.citationStarts = [415, 1785, 2305], r.citationEnds = [491, 1903, 2376], r.citationSpeakerIds = ['', '', 'person:lin-jian'], r.citationStances = ['ASSERTS', 'ASSERTS', 'REPORTS'], r.citationVerified = [false, false, false], r.citationQuoteWords = [' pakistani leaders presented the precious metals to us president donald trump ', ' a photo showing pakistan army chief field marshal asim munir along with prime minister shehbaz sharif presenting a box ', ' the samples that the pakistani leaders showed and gave to the us leader '], r.citationQualifiers = ['[{"key":"item","value":"box of samples"}]', '[{"key":"item","value":"box of samples"}]', '[{"key":"item","value":"box of samples"}]'];
MATCH (s:Node {id: 'person:lin-jian'})
MATCH (o:Node {id: 'claim:pk-gift-was-gem-ores'})
MERGE (s)-[r:ASSERTS {id: 'rel:eabb596dd1b4b90b'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['The samples that the Pakistani leaders showed and gave to the US leader are gem ores purchased by staff in Pakistan.'], r.citationStarts = [2305], r.citationEnds = [2421], r.citationSpeakerIds = ['person:lin-jian'], r.citationStances = ['REPORTS'], r.citationVerified = [false], r.citationQuoteWords = [' the samples that the pakistani leaders showed and gave to the us leader are gem ores purchased by staff in pakistan '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'claim:cn-export-controls-linked-to-pk-gift'})
MATCH (o:Node {id: 'event:cn-rare-earth-export-controls-2025-10'})
MERGE (s)-[r:CONCERNS {id: 'rel:eea30fd28f3995e1'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['China\'s new export control measures blaming foreign firms for misusing China\'s raw material exports are linked to Pakistan'], r.citationStarts = [1996], r.citationEnds = [2118], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' china s new export control measures blaming foreign firms for misusing china s raw material exports are linked to pakistan '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'claim:cn-export-controls-linked-to-pk-gift'})
MATCH (o:Node {id: 'person:donald-trump'})
MERGE (s)-[r:CONCERNS {id: 'rel:f9f6c3d714e5acef'}]->(o)
SET r.qualifiers = '[]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Beijing denies link between its rare earths restrictions and Pakistan’s gift to Trump'], r.citationStarts = [20], r.citationEnds = [105], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' beijing denies link between its rare earths restrictions and pakistan s gift to trump '], r.citationQualifiers = ['[]'];
MATCH (s:Node {id: 'country:PK'})
MATCH (o:Node {id: 'country:CN'})
MERGE (s)-[r:ASSURES {id: 'rel:fd75dc4339e192cf'}]->(o)
SET r.qualifiers = '[{"key":"assurance","value":"its business with the US will never harm China\\u0027s interests or its cooperation with China"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_assurance = 'its business with the US will never harm China\'s interests or its cooperation with China', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['Pakistan stressed that its business with the US will never harm China’s interests or its cooperation with China'], r.citationStarts = [3043], r.citationEnds = [3154], r.citationSpeakerIds = ['person:lin-jian'], r.citationStances = ['REPORTS'], r.citationVerified = [false], r.citationQuoteWords = [' pakistan stressed that its business with the us will never harm china s interests or its cooperation with china '], r.citationQualifiers = ['[{"key":"assurance","value":"its business with the US will never harm China\\u0027s interests or its cooperation with China"}]'];
MATCH (s:Node {id: 'country:IN'})
MATCH (o:Node {id: 'commodity:rare-earths'})
MERGE (s)-[r:IMPORTS {id: 'rel:ffe3c3727e1fca3c'}]->(o)
SET r.qualifiers = '[{"key":"origin","value":"country:CN","entity":"country:CN"},{"key":"rank","value":"top importer"}]', r.confidence = 1.0, r.recordedAt = datetime('2025-10-14T05:03:00+00:00'), r.recordedBy = 'seed', r.q_origin = 'country:CN', r.q_rank = 'top importer', r.citationArticleIds = ['article:21064a8d1731bc87'], r.citationQuotes = ['China\'s rare-earth metals are in high demand, with the United States, the European Union, and India being the top importers.'], r.citationStarts = [1660], r.citationEnds = [1784], r.citationSpeakerIds = [''], r.citationStances = ['ASSERTS'], r.citationVerified = [false], r.citationQuoteWords = [' china s rare earth metals are in high demand with the united states the european union and india being the top importers '], r.citationQualifiers = ['[{"key":"rank","value":"top importer"}]'];
MATCH (a:Article {id: 'article:21064a8d1731bc87'})
UNWIND ['claim:cn-export-controls-legitimate-and-protect-peace', 'claim:cn-export-controls-linked-to-pk-gift', 'claim:pk-gift-contained-rare-earths', 'claim:pk-gift-was-gem-ores', 'commodity:gem-ores', 'commodity:rare-earths', 'country:CN', 'country:IN', 'country:PK', 'country:US', 'event:cn-rare-earth-export-controls-2025-10', 'org:cn-foreign-ministry', 'org:eu', 'org:global-times', 'org:pakistan-army', 'org:unattributed-reports', 'org:unnamed-foreign-firms', 'person:asim-munir', 'person:donald-trump', 'person:lin-jian', 'person:shehbaz-sharif'] AS nodeId
MATCH (n:Node {id: nodeId})
MERGE (a)-[:MENTIONS]->(n);
