import baseConfig, { nestProject, testProject } from '../../../eslint.config.mjs';

export default [...baseConfig, ...nestProject, ...testProject];
