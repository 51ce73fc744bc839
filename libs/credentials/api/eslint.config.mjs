import baseConfig, { nestProject } from '../../../eslint.config.mjs';

export default [...baseConfig, ...nestProject];
