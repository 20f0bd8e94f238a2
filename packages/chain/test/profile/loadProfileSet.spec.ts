import { loadProfileSet } from '../../src/profile/loadProfileSet.js';
import { tempHome } from '../support/tempHome.js';

describe(loadProfileSet.name, () => {
  it('should merge both files key by key, the credentials file winning, remembering each key\'s file', async () => {
    const home = tempHome({
      '.aws/config': '[profile dev]\nregion = eu-west-1\naws_access_key_id = FROM_CONFIG\nservices = local\n[services local]\nsts =\n  endpoint_url = http://127.0.0.1:1\n[sso-session corp]\nsso_region = us-east-1\n',
      '.aws/credentials': '[dev]\naws_access_key_id = FROM_CREDENTIALS\naws_secret_access_key = s\n',
    });
    try {
      const set = await loadProfileSet({}, { HOME: home.home, AWS_PROFILE: 'dev' });
      expect(set.profiles.dev).toEqual({
        name: 'dev',
        properties: { region: 'eu-west-1', aws_access_key_id: 'FROM_CREDENTIALS', services: 'local', aws_secret_access_key: 's' },
        origins: {
          region: home.path('.aws/config'),
          services: home.path('.aws/config'),
          aws_access_key_id: home.path('.aws/credentials'),
          aws_secret_access_key: home.path('.aws/credentials'),
        },
      });
      expect(Object.keys(set.profiles)).toEqual(['dev']);
      expect(set.services).toEqual({ local: { 'sts.endpoint_url': 'http://127.0.0.1:1' } });
      expect(set).toMatchObject({ selectedProfile: 'dev', explicitlySelected: true });
    } finally {
      home.remove();
    }
  });

  it('should honour AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, and the profile option over AWS_PROFILE', async () => {
    const home = tempHome({ 'a.ini': '[profile x]\nregion = a\n', 'b.ini': '[x]\naws_access_key_id = b\n' });
    try {
      const env = { HOME: home.home, AWS_CONFIG_FILE: home.path('a.ini'), AWS_SHARED_CREDENTIALS_FILE: home.path('b.ini'), AWS_PROFILE: 'y' };
      const set = await loadProfileSet({ profile: 'x' }, env);
      expect(set.profiles.x?.properties).toEqual({ region: 'a', aws_access_key_id: 'b' });
      expect(set.files).toEqual([home.path('a.ini'), home.path('b.ini')]);
      expect(set.selectedProfile).toBe('x');
    } finally {
      home.remove();
    }
  });

  it('should select the implicit default profile when none is named', async () => {
    const home = tempHome();
    try {
      await expect(loadProfileSet({}, { HOME: home.home })).resolves.toMatchObject({ selectedProfile: 'default', explicitlySelected: false, profiles: {} });
    } finally {
      home.remove();
    }
  });
});
