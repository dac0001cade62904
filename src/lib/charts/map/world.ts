/**
 * The world's country shapes: world-atlas's Natural Earth 110m topology, simplified with
 * topojson-simplify to keep a tenth of the points (each shape still recognisable at 45rem);
 * Antarctica is left out, as OWID does, since no economy is there.
 */
import { presimplify, quantile, simplify } from 'topojson-simplify';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { type CountryTopology, shapeName } from './resolve';

/** Share of the topology's points kept. */
const KEEP = 0.1;

function simplified(): CountryTopology {
  const topology = presimplify(world as unknown as CountryTopology);
  const result = simplify(topology, quantile(topology, KEEP)) as CountryTopology;
  const countries = result.objects.countries;
  return { ...result, objects: { countries: { ...countries, geometries: countries.geometries.filter((g) => shapeName(g) !== 'Antarctica') } } };
}

export const WORLD: CountryTopology = simplified();
