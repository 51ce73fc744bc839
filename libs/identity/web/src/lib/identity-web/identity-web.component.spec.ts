import { ComponentFixture, TestBed } from '@angular/core/testing';
import { IdentityWebComponent } from './identity-web.component';

describe('IdentityWebComponent', () => {
  let component: IdentityWebComponent;
  let fixture: ComponentFixture<IdentityWebComponent>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [IdentityWebComponent],
    }).compileComponents();

    fixture = TestBed.createComponent(IdentityWebComponent);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
