/** Components every MDX page can use without importing them. */
import Chart from '../chart/Chart.astro';
import ClaimRef from './ClaimRef.astro';
import DataValue from './DataValue.astro';
import EventDate from './EventDate.astro';
import EventStatus from './EventStatus.astro';
import KeyNumber from './KeyNumber.astro';
import KeyNumbers from './KeyNumbers.astro';
import Reported from './Reported.astro';
import ReportError from './ReportError.astro';
import SourceCount from './SourceCount.astro';
import SourceRef from './SourceRef.astro';
import SiteIdentity from '../SiteIdentity.astro';

export const MDX_COMPONENTS = { Chart, ClaimRef, DataValue, EventDate, EventStatus, KeyNumber, KeyNumbers, Reported, ReportError, SiteIdentity, SourceCount, SourceRef };
